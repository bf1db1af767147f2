package io.newsflow.launcher;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), or "development" when run from classes. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        final String version = Newsflow.class.getPackage().getImplementationVersion();
        return new String[] {"newsflow " + (version == null ? "development" : version)};
    }
}
