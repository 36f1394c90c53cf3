package dk.regeltjek.engine;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether files and folders are this user's alone. The compiled-rules cache runs the code it finds
 * in its folder and the daemon runs the commands that reach its socket, so whoever else may write
 * there could run code as this user: such places are refused, never repaired behind the user's back.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> WRITE_BY_OTHERS =
            EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final Set<PosixFilePermission> ANY_USE_BY_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** Checks against the user this process runs as. */
    public static final PrivateFiles OF_THIS_USER = new PrivateFiles(ThisUser::is);

    private final Predicate<UserPrincipal> isThisUser;

    /** Checks against the owner {@code isThisUser} accepts (tests pretend to be someone else with it). */
    public PrivateFiles(Predicate<UserPrincipal> isThisUser) {
        this.isThisUser = isThisUser;
    }

    /** Why nobody should trust what is in {@code dir}, or null: it is this user's and no one else may write in it. */
    public String folderProblem(Path dir) throws IOException {
        return problem(dir, WRITE_BY_OTHERS, "writable by others", "chmod go-w ");
    }

    /** Why {@code file} cannot keep a secret, or null: it is this user's and no one else may use it at all. */
    public String secretProblem(Path file) throws IOException {
        return problem(file, ANY_USE_BY_OTHERS, "open to others", "chmod 600 ");
    }

    /** Why {@code file} may have been made by someone else, or null when it belongs to this user. */
    public String ownerProblem(Path file) throws IOException {
        return problem(file, EnumSet.noneOf(PosixFilePermission.class), "", "");
    }

    private String problem(Path path, Set<PosixFilePermission> forbidden, String what, String fix) throws IOException {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            // no owner/group/other modes here (e.g. Windows): only the owner can be told
            UserPrincipal owner = Files.getOwner(path);
            return isThisUser.test(owner) ? null : path + " belongs to " + owner.getName() + ", not to you";
        }
        if (!isThisUser.test(attributes.owner())) {
            return path + " belongs to " + attributes.owner().getName() + ", not to you";
        }
        Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
        open.addAll(attributes.permissions());
        open.retainAll(forbidden);
        if (!open.isEmpty()) {
            return path + " is " + what + " (" + PosixFilePermissions.toString(attributes.permissions()) + "); fix: "
                    + fix + path;
        }
        return null;
    }

    /** Creates {@code dir}, and the parents it lacks, readable by this user only ({@code rwx------}). */
    public static void createFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    /** The user this process runs as, as the file system names owners. */
    private static final class ThisUser {
        private static final UserPrincipal USER = find();

        static boolean is(UserPrincipal owner) {
            return USER != null && USER.equals(owner);
        }

        private static UserPrincipal find() {
            try {
                return FileSystems.getDefault().getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name"));
            } catch (IOException | RuntimeException e) {
                // no name for this user (a container's bare uid): Linux shows the process's user as owner of /proc/self
                try {
                    return Files.getOwner(Path.of("/proc/self"));
                } catch (IOException | RuntimeException none) {
                    return null; // nobody can be told to be this user: nothing is trusted
                }
            }
        }
    }
}
