package org.newspaperingest.cli;

import org.newspaperingest.profile.Software;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the software's name and version ({@link Software}). */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {Software.nameAndVersion()};
    }
}
