package dk.regeltjek.cli;

import dk.regeltjek.io.BuildIdentity;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "dev" when run from classes. */
public final class Version implements IVersionProvider {

    public static String current() {
        return BuildIdentity.version(Version.class);
    }

    @Override
    public String[] getVersion() {
        return new String[] {"regeltjek " + current()};
    }
}
