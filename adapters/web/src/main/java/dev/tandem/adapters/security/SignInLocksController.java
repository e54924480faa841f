package dev.tandem.adapters.security;

import dev.tandem.adapters.error.ApiException;
import dev.tandem.adapters.ratelimit.LoginThrottle;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code DELETE /api/v1/admin/sign-in-locks?user=} (role ADMIN): gives a staff account all its sign-in tries back
 * at every address, for the person who locked themselves out. Limits on client addresses stay.
 */
@RestController
@RequestMapping("/api/v1/admin/sign-in-locks")
public class SignInLocksController {

    private static final Logger LOG = LoggerFactory.getLogger(SignInLocksController.class);

    private final LoginThrottle throttle;

    public SignInLocksController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void unlock(@RequestParam("user") String user, Principal admin) {
        if (user.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "user must name a staff account");
        }
        throttle.unlock(user);
        LOG.info("{} lifted the sign-in locks of {}", admin.getName(), user.strip().replaceAll("\\p{Cntrl}", "?"));
    }
}
