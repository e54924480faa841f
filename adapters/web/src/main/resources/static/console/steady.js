// Redraws that keep still under the agent's hands: a part of a conversation tab (its action bar, its side panel)
// is drawn again only when what it shows changed, and not while the pointer is over it or the keyboard focus is
// in it, where the agent may be about to click; then as soon as they leave it. A button the agent aims at is
// never swapped for a copy between pointing and clicking.

/**
 * Draws {@code region} with {@code draw()} when {@code signature} (what the drawing shows) differs from what is
 * drawn; waits while the region is in use, drawing the latest request once it is not.
 */
export function redrawSteadily(region, signature, draw) {
  region.steadyNext = { signature, draw };
  if (region.dataset.drawn === signature) {
    region.steadyNext = null;
    return;
  }
  if (!inUse(region)) {
    drawNext(region);
    return;
  }
  if (region.steadyWaiting) return;
  region.steadyWaiting = true;
  const retry = () => setTimeout(() => {   // after focus has moved on
    if (inUse(region)) return;
    region.removeEventListener('pointerleave', retry);
    region.removeEventListener('focusout', retry);
    region.steadyWaiting = false;
    drawNext(region);
  }, 0);
  region.addEventListener('pointerleave', retry);
  region.addEventListener('focusout', retry);
}

function inUse(region) {
  return region.matches(':hover') || region.contains(document.activeElement);
}

function drawNext(region) {
  const next = region.steadyNext;
  region.steadyNext = null;
  if (!next || region.dataset.drawn === next.signature) return;
  region.dataset.drawn = next.signature;
  next.draw();
}

/** Draws what waits for {@code region} at once: after the agent's own action there (a click on Resolve). */
export function redrawNow(region) {
  drawNext(region);
}
