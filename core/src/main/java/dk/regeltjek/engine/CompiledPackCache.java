package dk.regeltjek.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
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
 * — every rule file's path and content, the Drools, Java and regeltjek builds — and any problem
 * while loading means "compile instead": the cache can make a run faster, never different.
 */
final class CompiledPackCache {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledPackCache.class);
    private static final String FORMAT = "regeltjek-pack-cache-3";

    private final Path dir;

    CompiledPackCache(Path dir) {
        this.dir = dir;
    }

    /** The cache key of a pack: a hash of the rule files and the builds that compile and run them. */
    static String key(String packId, Path packDir, List<Path> drlFiles) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, FORMAT);
            update(sha, packId);
            update(sha, String.valueOf(KieServices.class.getPackage().getImplementationVersion()));
            update(sha, System.getProperty("java.vm.vendor") + " " + Runtime.version());
            update(sha, buildIdentity());
            for (Path file : drlFiles) {
                update(sha, packDir.relativize(file).toString());
                byte[] content = Files.readAllBytes(file);
                update(sha, String.valueOf(content.length));
                sha.update(content);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The regeltjek build: the jar (or class folder) holding this class, by size and time. */
    private static String buildIdentity() {
        try {
            Path code = Path.of(CompiledPackCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path probe = Files.isDirectory(code)
                    ? code.resolve(CompiledPackCache.class.getName().replace('.', '/') + ".class") : code;
            return probe + " " + Files.size(probe) + " " + Files.getLastModifiedTime(probe).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown build " + System.nanoTime(); // no identity: never reuse a cache entry
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** The rule base saved under {@code key}, or null when there is none or it cannot be used. */
    KieBase load(String key) {
        Path file = dir.resolve(key + ".bin");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(CompiledPackCache.class.getClassLoader());
            Collection<KiePackage> packages;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                 ObjectInputStream objects = new DroolsObjectInputStream(in, loader)) {
                if (!FORMAT.equals(objects.readUTF())) {
                    return null;
                }
                @SuppressWarnings("unchecked")
                Map<String, byte[]> types = (Map<String, byte[]>) objects.readObject();
                loader.storeClasses(types);
                for (String resource : types.keySet()) {
                    loader.loadClass(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
                }
                @SuppressWarnings("unchecked")
                Collection<KiePackage> read = (Collection<KiePackage>) objects.readObject();
                packages = read;
            }
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                    KieServices.get().newKieBaseConfiguration(null, loader));
            kieBase.addPackages(packages);
            return kieBase;
        } catch (Exception | LinkageError e) {
            LOG.debug("ignoring unusable rule cache {}: {}", file, e.toString());
            return null;
        }
    }

    /** Saves a freshly compiled pack; failure to save only costs the next run a compile. */
    void store(String key, Map<String, byte[]> declaredTypes, Collection<KiePackage> packages) {
        if (declaredTypes == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp));
                 ObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeUTF(FORMAT);
                objects.writeObject(new HashMap<>(declaredTypes));
                objects.writeObject(new ArrayList<>(packages));
            }
            Files.move(tmp, dir.resolve(key + ".bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot save the rule cache in {}: {}", dir, e.toString());
        }
    }
}
