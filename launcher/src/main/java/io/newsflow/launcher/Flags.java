package io.newsflow.launcher;

import io.newsflow.contract.settings.Setting;
import java.util.HashMap;
import java.util.Map;

/**
 * A command's flags as overrides of the environment variables of the same meaning: the one way every command applies
 * them. A command sets each flag it was given under its variable's name, lays the result over the environment
 * ({@link #over}) and hands that to the service's {@code fromEnvironment}, so a flag is read, validated and reported
 * exactly as its variable is ({@code NEWSFLOW_INBOX=…: must be a path}).
 */
final class Flags {

    private final Map<String, String> overrides = new HashMap<>();

    /** Sets {@code variable} to the flag's text; a flag not given (null) leaves the environment's value. */
    Flags set(final String variable, final Object flag) {
        if (flag != null) {
            overrides.put(variable, flag.toString());
        }
        return this;
    }

    /** The environment with the flags laid over it. */
    Map<String, String> over(final Map<String, String> env) {
        return Setting.layered(env, overrides);
    }
}
