package dk.regeltjek.io;

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
import java.util.function.BiPredicate;

/**
 * Whether files and folders are this user's alone. The compiled-rules cache runs the code it finds
 * in its folder and the daemon runs the commands that reach its socket, so whoever else may write
 * there could run code as this user: such places are refused, never repaired behind the user's back.
 * Each check answers with the problem, or null when there is none; the fix depends on the caller.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> WRITE = EnumSet.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);
    private static final Set<PosixFilePermission> ANY_USE = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** Checks against the user this process runs as. */
    public static final PrivateFiles OF_THIS_USER = new PrivateFiles((path, owner) -> ThisUser.is(owner));

    private final BiPredicate<Path, UserPrincipal> ownedByThisUser;

    /** Checks with {@code ownedByThisUser} deciding whose a path is (tests pretend it is someone else's). */
    public PrivateFiles(BiPredicate<Path, UserPrincipal> ownedByThisUser) {
        this.ownedByThisUser = ownedByThisUser;
    }

    /** A problem unless {@code path} is this user's and nobody else may write it (for a folder: add or replace files). */
    public String problemIfOthersCanWrite(Path path) throws IOException {
        return problem(path, WRITE, "writable by others");
    }

    /** A problem unless {@code path} is this user's and nobody else may read, write or enter it. */
    public String problemIfOthersCanUse(Path path) throws IOException {
        return problem(path, ANY_USE, "open to others");
    }

    /** A problem unless {@code path} is this user's, whatever its mode. */
    public String problemIfNotMine(Path path) throws IOException {
        return problem(path, EnumSet.noneOf(PosixFilePermission.class), "");
    }

    private String problem(Path path, Set<PosixFilePermission> forbidden, String what) throws IOException {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            // no owner/group/other modes here (e.g. Windows): only the owner can be told
            return ownerProblem(path, Files.getOwner(path));
        }
        String notMine = ownerProblem(path, attributes.owner());
        if (notMine != null) {
            return notMine;
        }
        Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
        open.addAll(attributes.permissions());
        open.retainAll(forbidden);
        return open.isEmpty() ? null : path + " is " + what + " (" + PosixFilePermissions.toString(attributes.permissions()) + ")";
    }

    private String ownerProblem(Path path, UserPrincipal owner) {
        return ownedByThisUser.test(path, owner) ? null
                : path + " belongs to " + owner.getName() + ", not to you";
    }

    /** Creates {@code dir}, and the parents it lacks, for this user only ({@code rwx------}). */
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
