package dev.mlsec.assessor.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = MlsecCli.class.getPackage().getImplementationVersion();
        return new String[] {"mlsec-assessor " + (version == null ? "(development build)" : version)};
    }
}
