package dev.tandem.adapters.editor.writing;

import java.util.regex.Pattern;

/**
 * A content file an editor may write, relative to the content directory with {@code /} separators: an FAQ entry,
 * an intent, a synonyms list, a canned reply or an FAQ draft ({@link FaqDrafts}). Anything else (a path out of the
 * directory, the eval set, a stray file) is refused before the disk is touched.
 */
public record ContentPath(String value) {

    private static final Pattern ALLOWED = Pattern.compile(
            "faq/(en|ru|uk|pl)/[a-z0-9][a-z0-9-]{0,79}\\.md|intents/[a-z][a-z0-9_]{0,79}\\.yml"
                    + "|synonyms/(en|ru|uk|pl)\\.txt|canned/[a-z0-9][a-z0-9-]{0,79}\\.yml"
                    + "|drafts/faq/[a-z0-9][a-z0-9-]{0,79}\\.json");
    private static final Pattern FAQ_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern INTENT = Pattern.compile("[a-z][a-z0-9_]{0,79}");

    public ContentPath {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new InvalidEdit("invalid_path", "'" + value + "' is not a content file an editor can write: "
                    + "faq/<en|ru|uk|pl>/<id>.md, intents/<intent>.yml, synonyms/<lang>.txt or canned/<name>.yml");
        }
    }

    public static ContentPath faq(String language, String id) {
        if (id == null || !FAQ_ID.matcher(id).matches()) {
            throw new InvalidEdit("invalid_id", "an FAQ id is lower-case letters, digits and '-' (at most 80), e.g."
                    + " 'loyalty-points'; got '" + id + "'");
        }
        return new ContentPath("faq/" + language + "/" + id + ".md");
    }

    public static ContentPath draft(String id) {
        faq("en", id);
        return new ContentPath("drafts/faq/" + id + ".json");
    }

    public static ContentPath intent(String name) {
        if (name == null || !INTENT.matcher(name).matches()) {
            throw new InvalidEdit("invalid_intent", "an intent name is snake_case, e.g. 'return_policy'; got '" + name + "'");
        }
        return new ContentPath("intents/" + name + ".yml");
    }

    @Override
    public String toString() {
        return value;
    }
}
