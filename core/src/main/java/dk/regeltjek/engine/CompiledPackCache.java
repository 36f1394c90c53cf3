package dk.regeltjek.engine;

import dk.regeltjek.io.BuildIdentity;
import dk.regeltjek.io.PrivateFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A disk cache of compiled packs, so a CLI run with unchanged rules skips the DRL compiler.
 *
 * <p>Drools 10 has no supported way to save a rule base. What works (and is pinned by tests) is
 * to save the compiled {@link KiePackage}s after the bytecode of the pack's declared types; on
 * load the types are defined first in a fresh project class loader, then the packages are read
 * with it. This uses Drools internals, so the key covers everything that could change the result
 * — every rule file's path and content (included packs' files too, and which of their criteria are
 * taken), the Drools, Java and regeltjek builds — and any problem
 * while loading means "compile instead": the cache can make a run faster, never different.
 *
 * <p>An entry is code that runs as the user, so it is trusted only when all of this holds: the
 * folder is the user's and nobody else may write in it; the entry's HMAC under the user's
 * {@link CacheKey} (kept outside the folder) matches its format, its key and its whole payload,
 * checked before anything is deserialised; what it decodes passes the {@link CacheObjectFilter}
 * allow-list; and it names the pack and key it was looked up for. The payload is Java
 * serialisation of the pack id, the key, the declared types' bytecode and the packages; the file
 * around it is a {@link SealedEntry}.
 */
final class CompiledPackCache {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledPackCache.class);
    private static final String FORMAT = SealedEntry.FORMAT;
    /** What was said already: a problem with the cache is told once per process, not once per pack. */
    private static final Set<String> TOLD = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final Path keyFile;
    private final PrivateFiles trust;
    private final Function<ProjectClassLoader, ObjectInputFilter> filters;
    private volatile EntryMac mac;

    CompiledPackCache(Path dir) {
        this(dir, CacheKey.defaultFile(System.getenv(), System.getProperty("user.home")), PrivateFiles.OF_THIS_USER,
                CacheObjectFilter::new);
    }

    /** A cache with its key in {@code keyFile}, trusting what {@code trust} accepts, reading entries through {@code filters}. */
    CompiledPackCache(Path dir, Path keyFile, PrivateFiles trust, Function<ProjectClassLoader, ObjectInputFilter> filters) {
        this.dir = dir.toAbsolutePath().normalize();
        this.keyFile = keyFile.toAbsolutePath().normalize();
        this.trust = trust;
        this.filters = filters;
    }

    /**
     * The cache key of a pack: a hash of the rule files (by the paths Drools is given: the pack's own,
     * and the files of the packs it includes from), of which criteria it takes from those (the files
     * alone do not say which of their rules count), and of the builds that compile and run them.
     */
    static String key(String packId, Map<String, Path> drlFiles, String included) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, FORMAT);
            update(sha, packId);
            update(sha, String.valueOf(KieServices.class.getPackage().getImplementationVersion()));
            update(sha, System.getProperty("java.vm.vendor") + " " + Runtime.version());
            update(sha, BuildIdentity.of(CompiledPackCache.class));
            update(sha, included);
            for (Map.Entry<String, Path> file : drlFiles.entrySet()) {
                update(sha, file.getKey());
                byte[] content = Files.readAllBytes(file.getValue());
                update(sha, String.valueOf(content.length));
                sha.update(content);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** The rule base of pack {@code packId} saved under {@code key}, or null when there is none or it cannot be trusted. */
    KieBase load(String packId, String key) {
        Path file = dir.resolve(key + ".bin");
        if (!Files.isRegularFile(file) || !folderTrusted()) {
            return null;
        }
        EntryMac entryMac = mac();
        if (entryMac == null) {
            return null;
        }
        if (!ThreadSerialFilter.installed()) {
            debugOnce("not reading the rule cache: another deserialisation filter factory is installed in this JVM");
            return null;
        }
        try {
            if (Files.size(file) > CacheObjectFilter.MAX_STREAM_BYTES) {
                LOG.debug("ignoring rule cache entry {}: larger than any pack", file);
                return null;
            }
            byte[] payload = SealedEntry.open(entryMac, key, Files.readAllBytes(file), CacheObjectFilter.MAX_STREAM_BYTES);
            return decode(packId, key, payload);
        } catch (Exception | LinkageError e) {
            LOG.debug("ignoring rule cache entry {}: {}", file, e.toString());
            return null;
        }
    }

    /** Deserialises an authenticated payload, every object stream of this thread under the allow-list. */
    private KieBase decode(String packId, String key, byte[] payload) throws IOException, ClassNotFoundException {
        ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(CompiledPackCache.class.getClassLoader());
        Collection<KiePackage> packages = ThreadSerialFilter.read(filters.apply(loader), () -> {
            try (ObjectInputStream objects = new DroolsObjectInputStream(new ByteArrayInputStream(payload), loader)) {
                String storedPack = objects.readUTF();
                String storedKey = objects.readUTF();
                if (!packId.equals(storedPack) || !key.equals(storedKey)) {
                    throw new InvalidObjectException("the entry is pack " + storedPack + " under key " + storedKey);
                }
                defineTypes(loader, objects.readObject());
                return packagesIn(objects.readObject());
            }
        });
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, loader));
        kieBase.addPackages(packages);
        return kieBase;
    }

    /** Defines the declared types' bytecode before the packages that use them are read. */
    private static void defineTypes(ProjectClassLoader loader, Object read) throws IOException, ClassNotFoundException {
        if (!(read instanceof Map<?, ?> map)) {
            throw new InvalidObjectException("no declared types");
        }
        Map<String, byte[]> types = new HashMap<>();
        for (Map.Entry<?, ?> type : map.entrySet()) {
            if (!(type.getKey() instanceof String resource) || !resource.endsWith(".class")
                    || !(type.getValue() instanceof byte[] bytecode)) {
                throw new InvalidObjectException("not a declared type: " + type.getKey());
            }
            types.put(resource, bytecode);
        }
        loader.storeClasses(types);
        for (String resource : types.keySet()) {
            loader.loadClass(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
        }
    }

    private static Collection<KiePackage> packagesIn(Object read) throws InvalidObjectException {
        if (!(read instanceof Collection<?> all)) {
            throw new InvalidObjectException("no packages");
        }
        List<KiePackage> packages = new ArrayList<>();
        for (Object item : all) {
            if (!(item instanceof KiePackage kiePackage)) {
                throw new InvalidObjectException("not a package: " + item.getClass().getName());
            }
            packages.add(kiePackage);
        }
        return packages;
    }

    /** Saves a freshly compiled pack; failure to save only costs the next run a compile. */
    void store(String packId, String key, Map<String, byte[]> declaredTypes, Collection<KiePackage> packages) {
        if (declaredTypes == null) {
            return;
        }
        Path tmp = null;
        try {
            PrivateFiles.createFolder(dir);
            if (!folderTrusted()) {
                return;
            }
            EntryMac entryMac = mac();
            if (entryMac == null) {
                return;
            }
            byte[] entry = SealedEntry.seal(entryMac, key, serialise(packId, key, declaredTypes, packages));
            tmp = Files.createTempFile(dir, key, ".tmp"); // rw------- on POSIX, as every entry
            Files.write(tmp, entry);
            Files.move(tmp, dir.resolve(key + ".bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot save the rule cache in {}: {}", dir, e.toString());
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static byte[] serialise(String packId, String key, Map<String, byte[]> declaredTypes,
                                    Collection<KiePackage> packages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
        try (ObjectOutputStream objects = new DroolsObjectOutputStream(bytes)) {
            objects.writeUTF(packId);
            objects.writeUTF(key);
            objects.writeObject(new HashMap<>(declaredTypes));
            objects.writeObject(new ArrayList<>(packages));
        }
        return bytes.toByteArray();
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                LOG.debug("cannot remove {}: {}", tmp, e.toString());
            }
        }
    }

    /** Whether the folder is this user's alone; if not, the user is told once and every pack compiles. */
    private boolean folderTrusted() {
        try {
            String problem = trust.problemIfOthersCanWrite(dir);
            if (problem != null) {
                warnOnce(problem + "; the rules are compiled instead (hint: chmod go-w " + dir
                        + " if it is yours, or cache elsewhere with --cache-dir or REGELTJEK_CACHE)");
                return false;
            }
            return true;
        } catch (IOException e) {
            LOG.debug("cannot check the rule cache folder {}: {}", dir, e.toString());
            return false;
        }
    }

    /** The MAC under the user's key, or null (and compile) when the key cannot be had or trusted. */
    private EntryMac mac() {
        EntryMac known = mac;
        if (known != null) {
            return known;
        }
        if (keyFile.startsWith(dir)) {
            warnOnce("the cache key " + keyFile + " is inside the cache folder, where a copied cache would bring its own; "
                    + "the rules are compiled instead (hint: keep the cache elsewhere, with --cache-dir or REGELTJEK_CACHE)");
            return null;
        }
        try {
            known = new EntryMac(CacheKey.loadOrCreate(keyFile, trust));
            mac = known;
            return known;
        } catch (CacheKey.Refused e) {
            warnOnce(e.getMessage() + "; the rules are compiled instead (hint: the cache key " + keyFile
                    + " and its folder must be yours alone; remove them and a new key is made)");
        } catch (IOException | RuntimeException e) {
            debugOnce("no rule cache key at " + keyFile + ": " + e);
        }
        return null;
    }

    private static void warnOnce(String problem) {
        if (TOLD.add(problem)) {
            LOG.warn("not using the compiled-rules cache: {}", problem);
        }
    }

    private static void debugOnce(String message) {
        if (TOLD.add(message)) {
            LOG.debug(message);
        }
    }
}
