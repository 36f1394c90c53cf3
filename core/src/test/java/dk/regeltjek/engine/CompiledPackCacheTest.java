package dk.regeltjek.engine;

import dk.regeltjek.io.PrivateFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.regeltjek.fixtures.Fixtures;
import dk.regeltjek.model.PackInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** Only entries this user's key vouches for, in a folder only this user can write, are ever deserialised. */
class CompiledPackCacheTest {
    /** Uses every construct docs/authoring.md describes, so their classes stay on the allow-list. */
    private static final String PROBE = """
            package regeltjek.probe;
            import java.util.ArrayList;
            import dk.regeltjek.rules.Outcome;
            import dk.regeltjek.rules.Sammenligning;
            import function dk.regeltjek.rules.Regel.udfald;
            import function dk.regeltjek.rules.Regel.parameterTal;
            import function dk.regeltjek.rules.Regel.antalOpfyldt;
            import function dk.regeltjek.rules.Enheder.kr;
            import function dk.regeltjek.rules.Enheder.tal;
            import function dk.regeltjek.rules.Tekster.tekst;
            global java.util.List log;
            declare enum Farve ROED, GROEN; end
            declare Ting
                navn : String @name
                antal : Integer
                beloeb : java.math.BigDecimal
                dato : java.time.LocalDate
                farve : Farve
                dele : java.util.List
            end
            declare enum Land DANMARK("Danmark"), SVERIGE("Sverige"); tekst : String end
            declare Organ navn : String @name end
            declare Styregruppe extends Organ land : Land end
            declare Del
                ting : Ting
                vaegt : Integer
            end
            function int dobbelt(int x) { return 2 * x; }
            rule "not" when $t : Ting( navn != null ) not Del( ting == $t ) then insert(udfald($t).opfyldt("x")); end
            rule "exists" salience 10 no-loop when $t : Ting( antal > 3 || antal < 1, navn matches "a.*" )
                exists Del( ting == $t, vaegt >= 2 ) then modify($t) { setAntal(dobbelt(2)) } end
            rule "forall" when $t : Ting( farve == Farve.ROED, navn in ("a", "b") )
                forall( $d : Del( ting == $t ) Del( this == $d, vaegt > 0 ) ) then end
            rule "or" when $t : Ting() ( Del( ting == $t, vaegt == 1 ) or Del( ting == $t, vaegt == 2 ) ) then end
            rule "eval" when $t : Ting( beloeb != null ) eval( $t.getBeloeb().signum() > 0 ) then end
            rule "collect" when $t : Ting() $l : ArrayList( size > 1 ) from collect( Del( ting == $t ) ) then end
            rule "from" when $t : Ting( dele != null ) $x : Object() from $t.getDele() then end
            rule "accumulate" ruleflow-group "verdikt" when $t : Ting()
                accumulate( Del( ting == $t, $v : vaegt ); $s : sum($v), $mi : min($v), $ma : max($v), $av : average($v),
                            $c : count(), $cl : collectList($v), $cs : collectSet($v) )
            then log.add($s); end
            rule "dates and contains" when $t : Ting( dato < "01-Jan-2026", dele contains "x", farve not in (Farve.GROEN) ) then end
            rule "vocabulary" when $t : Ting( beloeb != null, antal != null )
            then insert(udfald($t).over("beløb", kr($t.getBeloeb()), kr(parameterTal("graense")))
                .sammenlign("antal", tal($t.getAntal()), Sammenligning.MINDST, tal(2)).somAdvarsel()); end
            rule "subtype and enum with text" when $s : Styregruppe( land == Land.SVERIGE )
            then insert(udfald($s).opfyldt(tekst($s.getLand()))); end
            rule "outcomes" ruleflow-group "verdikt" when $t : Ting()
                $o : Outcome( emne == $t, kriterium == "T-1", verdikt == false, opfyldt || advarsel, this != null )
                accumulate( $u : Outcome( emne == $t, ikkeOpfyldt == false, uafgjort == false ); $alle : collectList( $u ) )
                exists Outcome( emne == $t, besked != null, vurdering == null )
            then log.add(antalOpfyldt($alle) + $o.getBesked()); end
            """;

    @TempDir
    Path tmp;

    /** Classes the allow-list refused, by any cache in this test. */
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    /** The real allow-list, noting what it refuses. */
    private final Function<ProjectClassLoader, ObjectInputFilter> noting = loader -> {
        ObjectInputFilter allowList = new CacheObjectFilter(loader);
        return info -> {
            ObjectInputFilter.Status status = allowList.checkInput(info);
            if (status == ObjectInputFilter.Status.REJECTED && info.serialClass() != null) {
                refused.add(info.serialClass().getName());
            }
            return status;
        };
    };

    private Path keyFile() {
        return tmp.resolve("config/regeltjek/cache.key");
    }

    private CompiledPackCache cache(Path dir, PrivateFiles trust) {
        return new CompiledPackCache(dir, keyFile(), trust, noting);
    }

    private static List<Path> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".bin")).toList();
        }
    }

    private static String keyOf(Path entry) {
        String name = entry.getFileName().toString();
        return name.substring(0, name.length() - ".bin".length());
    }

    @Test
    void everyFixturePackLoadsBackThroughTheAllowList() throws IOException {
        Fixtures fixtures = Fixtures.copyTo(tmp.resolve("fixtures"));
        List<Path> packs;
        try (Stream<Path> dirs = Files.list(fixtures.rules)) {
            packs = dirs.filter(d -> Files.isRegularFile(d.resolve("pack.yaml"))).sorted().toList();
        }
        assertThat(packs).isNotEmpty();
        Map<String, PackInfo> packInfos = RulesFolder.read(fixtures.rules, "rules");
        for (Path packDir : packs) {
            String id = packDir.getFileName().toString();
            Path dir = tmp.resolve("cache-" + id);
            CompiledPackCache cache = cache(dir, PrivateFiles.OF_THIS_USER);
            PackCompiler.compile(packInfos.get(id), packDir, "rules/" + id, cache, packInfos::get);
            assertThat(entries(dir)).as(id).hasSize(1);
            assertThat(cache.load(id, keyOf(entries(dir).get(0)))).as(id + " refused " + refused).isNotNull();
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void aPackUsingEveryDocumentedConstructLoadsBackThroughTheAllowList() {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(PROBE.getBytes(StandardCharsets.UTF_8)).setSourcePath("probe.drl"),
                ResourceType.DRL);
        assertThat(builder.hasErrors()).as(builder.getErrors().toString()).isFalse();
        CompiledPackCache cache = cache(tmp.resolve("cache"), PrivateFiles.OF_THIS_USER);
        ProjectClassLoader types = (ProjectClassLoader) ((KnowledgeBuilderImpl) builder).getRootClassLoader();
        cache.store("probe", "probe-key", types.getStore(), builder.getKnowledgePackages());

        assertThat(cache.load("probe", "probe-key")).as("refused " + refused).isNotNull();
        assertThat(cache.load("other-pack", "probe-key")).as("an entry names the pack it holds").isNull();
        assertThat(refused).isEmpty();
    }

    /** Sets {@link #instantiated} when deserialised: what a gadget chain's first link would do. */
    static final class Gadget implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        static volatile boolean instantiated;

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            instantiated = true;
        }
    }

    private EntryMac userMac() throws IOException {
        return new EntryMac(CacheKey.loadOrCreate(keyFile(), PrivateFiles.OF_THIS_USER));
    }

    /** An entry the user's key vouches for, holding {@code types} where the declared types' bytecode belongs. */
    private void writeAuthenticEntry(Path dir, String pack, String key, Object types) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(payload)) {
            out.writeUTF(pack);
            out.writeUTF(key);
            out.writeObject(types);
            out.writeObject(new ArrayList<>());
        }
        Files.createDirectories(dir);
        Files.write(dir.resolve(key + ".bin"), SealedEntry.seal(userMac(), key, payload.toByteArray()));
    }

    @Test
    void aGadgetInAnAuthenticEntryIsNeverInstantiated() throws IOException {
        Path dir = tmp.resolve("cache");
        CompiledPackCache cache = cache(dir, PrivateFiles.OF_THIS_USER);
        writeAuthenticEntry(dir, "pakke", "harmless", new HashMap<String, byte[]>());
        assertThat(cache.load("pakke", "harmless")).as("an authentic entry of allowed classes is used").isNotNull();

        Map<String, Object> types = new HashMap<>();
        types.put("regeltjek/pakke/Type.class", new Gadget());
        writeAuthenticEntry(dir, "pakke", "gadget", types);
        Gadget.instantiated = false;

        assertThat(cache.load("pakke", "gadget")).isNull();
        assertThat(Gadget.instantiated).isFalse();
        assertThat(refused).containsExactly(Gadget.class.getName());
    }

    @Test
    void streamsDroolsOpensItselfDuringARead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Gadget());
        }
        Gadget.instantiated = false;
        ObjectInputFilter allowList = new CacheObjectFilter(ProjectClassLoader.createProjectClassLoader());
        // as JavaDialectRuntimeData does: a plain stream of its own, opened in the middle of a read
        assertThatThrownBy(() -> ThreadSerialFilter.read(allowList,
                () -> new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject()))
                .isInstanceOf(InvalidClassException.class);
        assertThat(Gadget.instantiated).isFalse();
        // other threads, and this one outside a read, are not filtered
        assertThat(new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject()).isInstanceOf(Gadget.class);
    }

    @Test
    void anEntryIsAuthenticatedWithHmacSha256OverFormatKeyAndPayload() throws Exception {
        byte[] secret = CacheKey.loadOrCreate(keyFile(), PrivateFiles.OF_THIS_USER);
        byte[] payload = "payload".getBytes(StandardCharsets.UTF_8);
        Mac reference = Mac.getInstance("HmacSHA256");
        reference.init(new SecretKeySpec(secret, "HmacSHA256"));
        reference.update((SealedEntry.FORMAT + "\0" + "abc123\0").getBytes(StandardCharsets.UTF_8));
        assertThat(new EntryMac(secret).of(SealedEntry.FORMAT, "abc123", payload, 0, payload.length))
                .isEqualTo(reference.doFinal(payload));
    }

    /** The rule name "r" in a serialised payload becomes "s": one byte, and the payload still decodes. */
    private static byte[] renamingTheRule(byte[] payload) {
        byte[] name = {'t', 0, 1, 'r'}; // TC_STRING, length 1, "r"
        byte[] changed = payload.clone();
        for (int i = 0; i + name.length <= changed.length; i++) {
            if (Arrays.equals(changed, i, i + name.length, name, 0, name.length)) {
                changed[i + 3] = 's';
                return changed;
            }
        }
        throw new AssertionError("the rule's name is not in the payload");
    }

    @Test
    void aChangedEntryIsNotUsedThoughItWouldDecode() throws IOException {
        Path dir = tmp.resolve("cache");
        storeProbe(cache(dir, PrivateFiles.OF_THIS_USER));
        Path entry = entries(dir).get(0);
        byte[] sealed = Files.readAllBytes(entry);
        byte[] changed = renamingTheRule(SealedEntry.open(userMac(), "probe-key", sealed, Long.MAX_VALUE));
        byte[] resealed = SealedEntry.seal(userMac(), "probe-key", changed);

        // the change with the old HMAC: refused
        byte[] forged = Arrays.copyOf(resealed, resealed.length);
        System.arraycopy(sealed, sealed.length - EntryMac.LENGTH, forged, forged.length - EntryMac.LENGTH, EntryMac.LENGTH);
        Files.write(entry, forged);
        assertThat(cache(dir, PrivateFiles.OF_THIS_USER).load("probe", "probe-key")).isNull();

        // only the user's key could vouch for it, and then it would be used
        Files.write(entry, resealed);
        assertThat(cache(dir, PrivateFiles.OF_THIS_USER).load("probe", "probe-key").getRule("regeltjek.lille", "s")).isNotNull();
    }

    @Test
    void anEntryRenamedToAnotherKeyIsNotUsed() throws IOException {
        Path dir = tmp.resolve("cache");
        storeProbe(cache(dir, PrivateFiles.OF_THIS_USER));
        Files.move(entries(dir).get(0), dir.resolve("other-key.bin"));
        assertThat(cache(dir, PrivateFiles.OF_THIS_USER).load("probe", "other-key")).isNull();
    }

    @Test
    void theKeyIsMadeOnceReadableByTheUserOnly() throws IOException {
        byte[] key = CacheKey.loadOrCreate(keyFile(), PrivateFiles.OF_THIS_USER);
        assertThat(key).hasSize(CacheKey.LENGTH);
        assertThat(CacheKey.loadOrCreate(keyFile(), PrivateFiles.OF_THIS_USER)).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile().getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("config")))).isEqualTo("rwx------");
    }

    @Test
    void aKeyOthersCanReadOrSomeoneElseOwnsIsRefused() throws IOException {
        CacheKey.loadOrCreate(keyFile(), PrivateFiles.OF_THIS_USER);
        assertThatThrownBy(() -> CacheKey.loadOrCreate(keyFile(), new PrivateFiles((path, owner) -> false)))
                .isInstanceOf(CacheKey.Refused.class).hasMessageContaining("not to you");
        Files.setPosixFilePermissions(keyFile(), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> CacheKey.loadOrCreate(keyFile(), PrivateFiles.OF_THIS_USER))
                .isInstanceOf(CacheKey.Refused.class).hasMessageContaining("open to others (rw-r--r--)");
    }

    @Test
    void theCacheFolderAndItsEntriesAreTheUsersAlone() throws IOException {
        Path dir = tmp.resolve("new/cache");
        storeProbe(cache(dir, PrivateFiles.OF_THIS_USER));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("new")))).isEqualTo("rwx------");
        assertThat(entries(dir)).singleElement()
                .satisfies(e -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(e))).isEqualTo("rw-------"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void aCacheFolderOfAnotherUserIsNeitherReadNorWritten() throws IOException {
        Path dir = tmp.resolve("cache");
        storeProbe(cache(dir, PrivateFiles.OF_THIS_USER));
        assertThat(cache(dir, PrivateFiles.OF_THIS_USER).load("probe", "probe-key")).isNotNull();

        CompiledPackCache theirs = cache(dir, new PrivateFiles((path, owner) -> false));
        assertThat(theirs.load("probe", "probe-key")).isNull();
        Files.delete(entries(dir).get(0));
        storeProbe(theirs);
        assertThat(entries(dir)).isEmpty();
    }

    @Test
    void aKeyInsideTheCacheFolderIsNotUsed() throws IOException {
        Path dir = tmp.resolve("cache");
        CompiledPackCache keyInside = new CompiledPackCache(dir, dir.resolve("cache.key"), PrivateFiles.OF_THIS_USER, noting);
        storeProbe(keyInside);
        assertThat(entries(dir)).isEmpty();
        assertThat(dir.resolve("cache.key")).doesNotExist();
    }

    private static void storeProbe(CompiledPackCache cache) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource("""
                package regeltjek.lille;
                declare Ting navn : String end
                rule "r" when Ting() then end
                """.getBytes(StandardCharsets.UTF_8)).setSourcePath("lille.drl"), ResourceType.DRL);
        ProjectClassLoader types = (ProjectClassLoader) ((KnowledgeBuilderImpl) builder).getRootClassLoader();
        cache.store("probe", "probe-key", types.getStore(), builder.getKnowledgePackages());
    }
}
