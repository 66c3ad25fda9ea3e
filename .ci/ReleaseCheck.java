import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a Central Portal bundle as Maven Central will, and more: run by .ci/release-check, with GNUPGHOME set to
 * the key that signed it.
 *
 * <pre>java .ci/ReleaseCheck.java BUNDLE.zip VERSION BOM_ARTIFACT_ID</pre>
 *
 * <p>For every artifact: its files (a jar with its -sources.jar and -javadoc.jar, or a POM alone), each with a
 * signature that gpg verifies and .md5 and .sha1 checksums that match (.sha256 and .sha512 too when present), and
 * nothing else; the version is the release asked for; the POM has what Central asks for (name and description of its
 * own; url, licenses, developers and scm with url and connection, of its own or from a parent in the bundle). The
 * BOM has no parent and manages exactly the bundle's jars, and a POM-only artifact is the BOM or a parent. Every
 * problem is printed, then the check exits 1.
 */
public final class ReleaseCheck {

  private static final List<String> JAR_FILES = List.of(".jar", "-sources.jar", "-javadoc.jar", ".pom");
  private static final Map<String, String> CHECKSUMS =
      Map.of(".md5", "MD5", ".sha1", "SHA-1", ".sha256", "SHA-256", ".sha512", "SHA-512");
  private static final List<String> REQUIRED_CHECKSUMS = List.of(".md5", ".sha1");

  private final Path root;
  private final String version;
  private final List<String> problems = new ArrayList<>();

  private ReleaseCheck(Path root, String version) {
    this.root = root;
    this.version = version;
  }

  /** One artifact of the bundle: its directory (group/artifact/version) and the names of its files. */
  private record Artifact(String groupPath, String artifactId, String versionDir, Set<String> files) {
    Path dir(Path root) {
      return root.resolve(groupPath).resolve(artifactId).resolve(versionDir);
    }

    String base() {
      return artifactId + "-" + versionDir;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: java ReleaseCheck.java BUNDLE.zip VERSION BOM_ARTIFACT_ID");
      System.exit(2);
    }
    Path dir = Files.createTempDirectory("release-bundle");
    int files = unzip(Path.of(args[0]), dir);
    ReleaseCheck check = new ReleaseCheck(dir, args[1]);
    Map<String, Artifact> artifacts = check.artifacts();
    check.checkAll(artifacts, args[2]);
    if (!check.problems.isEmpty()) {
      check.problems.forEach(p -> System.err.println("release-check: " + p));
      System.err.printf("release-check: FAILED, %d problems in %s%n", check.problems.size(), args[0]);
      System.exit(1);
    }
    System.out.printf("release-check: %s holds %d files, %d artifacts at %s:%n", args[0], files, artifacts.size(),
        args[1]);
    for (Artifact a : artifacts.values()) {
      String kinds = check.expectedFiles(a).stream().map(f -> f.substring(a.base().length()))
          .collect(Collectors.joining(" "));
      System.out.printf("  %-32s %-36s signed, checksums match, POM complete%n", a.artifactId(), kinds);
    }
    System.out.printf("release-check: %s manages exactly the %d jars of the bundle; OK%n", args[2],
        check.jars(artifacts).size());
  }

  private static int unzip(Path zip, Path dir) throws IOException {
    int count = 0;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path to = dir.resolve(e.getName()).normalize();
        if (!to.startsWith(dir)) {
          throw new IOException("entry outside the bundle: " + e.getName());
        }
        if (!e.isDirectory()) {
          Files.createDirectories(to.getParent());
          Files.copy(in, to);
          count++;
        }
      }
    }
    return count;
  }

  /** The bundle's artifacts by artifactId, from the paths group/path/artifactId/version/file. */
  private Map<String, Artifact> artifacts() throws IOException {
    Map<String, Artifact> byId = new TreeMap<>();
    List<Path> all;
    try (var walk = Files.walk(root)) {
      all = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : all) {
      Path rel = root.relativize(file);
      if (rel.getNameCount() < 4) {
        problems.add("a file outside any artifact's directory: " + rel);
        continue;
      }
      String groupPath = rel.subpath(0, rel.getNameCount() - 3).toString();
      String artifactId = rel.getName(rel.getNameCount() - 3).toString();
      String versionDir = rel.getName(rel.getNameCount() - 2).toString();
      Artifact a = byId.computeIfAbsent(artifactId, id -> new Artifact(groupPath, id, versionDir, new TreeSet<>()));
      if (!a.groupPath().equals(groupPath) || !a.versionDir().equals(versionDir)) {
        problems.add(artifactId + ": files under two groups or versions: " + rel);
      }
      a.files().add(rel.getFileName().toString());
    }
    return byId;
  }

  private void checkAll(Map<String, Artifact> artifacts, String bomId) throws Exception {
    Map<String, Element> poms = new TreeMap<>();
    for (Artifact a : artifacts.values()) {
      if (!a.versionDir().equals(version) || version.endsWith("-SNAPSHOT")) {
        problems.add(a.artifactId() + ": version " + a.versionDir() + ", expected the release " + version);
      }
      Path pom = a.dir(root).resolve(a.base() + ".pom");
      if (!Files.isRegularFile(pom)) {
        problems.add(a.artifactId() + ": no POM " + a.base() + ".pom");
        continue;
      }
      poms.put(a.artifactId(), DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
          .getDocumentElement());
    }
    for (Artifact a : artifacts.values()) {
      if (poms.containsKey(a.artifactId())) {
        checkFiles(a, poms.get(a.artifactId()));
        checkPom(a, poms);
      }
    }
    checkBom(artifacts, poms, bomId);
  }

  private List<String> expectedFiles(Artifact a) {
    return JAR_FILES.stream().filter(suffix -> a.files().contains(a.base() + ".jar") || suffix.equals(".pom"))
        .map(suffix -> a.base() + suffix).toList();
  }

  private void checkFiles(Artifact a, Element pom) throws Exception {
    String packaging = text(pom, "packaging").orElse("jar");
    boolean jar = a.files().contains(a.base() + ".jar");
    if (jar == packaging.equals("pom")) {
      problems.add(a.artifactId() + ": packaging " + packaging + (jar ? " but a jar" : " but no jar " + a.base()
          + ".jar"));
    }
    List<String> expected = expectedFiles(a);
    Set<String> known = new TreeSet<>();
    for (String file : expected) {
      known.add(file);
      known.add(file + ".asc");
      CHECKSUMS.keySet().forEach(sum -> known.add(file + sum));
      if (!a.files().contains(file)) {
        problems.add(a.artifactId() + ": missing " + file);
        continue;
      }
      checkSignature(a, file);
      for (var sum : CHECKSUMS.entrySet()) {
        checkChecksum(a, file, sum.getKey(), sum.getValue());
      }
    }
    a.files().stream().filter(f -> !known.contains(f))
        .forEach(f -> problems.add(a.artifactId() + ": a file that does not belong in the bundle: " + f));
  }

  private void checkSignature(Artifact a, String file) throws IOException, InterruptedException {
    Path dir = a.dir(root);
    if (!a.files().contains(file + ".asc")) {
      problems.add(a.artifactId() + ": no signature " + file + ".asc");
      return;
    }
    Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", file + ".asc", file).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String out = new String(gpg.getInputStream().readAllBytes());
    if (gpg.waitFor() != 0) {
      problems.add(a.artifactId() + ": gpg --verify " + file + ".asc failed: " + out.strip().replace("\n", "; "));
    }
  }

  private void checkChecksum(Artifact a, String file, String suffix, String algorithm)
      throws IOException, NoSuchAlgorithmException {
    Path sum = a.dir(root).resolve(file + suffix);
    if (!Files.isRegularFile(sum)) {
      if (REQUIRED_CHECKSUMS.contains(suffix)) {
        problems.add(a.artifactId() + ": no checksum " + file + suffix);
      }
      return;
    }
    MessageDigest digest = MessageDigest.getInstance(algorithm);
    try (InputStream in = Files.newInputStream(a.dir(root).resolve(file))) {
      digest.update(in.readAllBytes());
    }
    String actual = HexFormat.of().formatHex(digest.digest());
    String[] written = Files.readString(sum).strip().split("\\s+");
    if (!written[0].equalsIgnoreCase(actual)) {
      problems.add(a.artifactId() + ": " + file + suffix + " says " + written[0] + ", the file's is " + actual);
    }
  }

  private void checkPom(Artifact a, Map<String, Element> poms) {
    Element pom = poms.get(a.artifactId());
    String id = a.artifactId();
    if (!text(pom, "artifactId").orElse("").equals(id)) {
      problems.add(id + ": the POM's artifactId is " + text(pom, "artifactId").orElse("missing"));
    }
    Optional<Element> parent = child(pom, "parent");
    String groupId = text(pom, "groupId").or(() -> parent.flatMap(p -> text(p, "groupId"))).orElse("");
    String pomVersion = text(pom, "version").or(() -> parent.flatMap(p -> text(p, "version"))).orElse("");
    if (!groupId.replace('.', '/').equals(a.groupPath())) {
      problems.add(id + ": the POM's groupId " + groupId + " is not the bundle's path " + a.groupPath());
    }
    if (!pomVersion.equals(version)) {
      problems.add(id + ": the POM's version is " + pomVersion + ", expected " + version);
    }
    for (String own : List.of("name", "description")) {
      if (text(pom, own).isEmpty()) {
        problems.add(id + ": the POM has no " + own + " of its own");
      }
    }
    List<Element> lineage = lineage(pom, poms);
    for (String path : List.of("url", "licenses/license/name", "licenses/license/url", "developers/developer/name",
        "scm/url", "scm/connection")) {
      if (lineage.stream().map(p -> text(p, path)).flatMap(Optional::stream).findFirst().isEmpty()) {
        problems.add(id + ": the POM has no " + path + (lineage.size() > 1 ? ", nor does a parent" : ""));
      }
    }
  }

  /** A POM and its parents in the bundle, nearest first, as Maven inherits url, licenses, developers and scm. */
  private List<Element> lineage(Element pom, Map<String, Element> poms) {
    List<Element> lineage = new ArrayList<>(List.of(pom));
    for (Optional<Element> parent = child(pom, "parent"); parent.isPresent(); ) {
      String parentId = text(parent.get(), "artifactId").orElse("?");
      Element parentPom = poms.get(parentId);
      if (parentPom == null || lineage.contains(parentPom)) {
        problems.add(text(pom, "artifactId").orElse("?") + ": its parent " + parentId + " is not in the bundle");
        break;
      }
      lineage.add(parentPom);
      parent = child(parentPom, "parent");
    }
    return lineage;
  }

  private Set<String> jars(Map<String, Artifact> artifacts) {
    return artifacts.values().stream().filter(a -> a.files().contains(a.base() + ".jar"))
        .map(Artifact::artifactId).collect(Collectors.toCollection(TreeSet::new));
  }

  private void checkBom(Map<String, Artifact> artifacts, Map<String, Element> poms, String bomId) {
    Element bom = poms.get(bomId);
    if (bom == null) {
      problems.add("the BOM " + bomId + " is not in the bundle");
      return;
    }
    if (child(bom, "parent").isPresent()) {
      problems.add(bomId + ": the published BOM has a parent, whose dependencyManagement its users would import");
    }
    String groupId = text(bom, "groupId").orElse("");
    Set<String> managed = new TreeSet<>();
    for (Element dependency : children(child(bom, "dependencyManagement").flatMap(d -> child(d, "dependencies")),
        "dependency")) {
      String artifactId = text(dependency, "artifactId").orElse("?");
      String v = text(dependency, "version").orElse("");
      if (!text(dependency, "groupId").orElse("").equals(groupId)) {
        problems.add(bomId + ": manages " + text(dependency, "groupId").orElse("?") + ":" + artifactId
            + ", which is not one of ours");
      } else if (!v.equals(version) && !v.equals("${project.version}")) {
        problems.add(bomId + ": manages " + artifactId + " at " + v + ", not " + version);
      }
      managed.add(artifactId);
    }
    Set<String> jars = jars(artifacts);
    Set<String> notInBom = new TreeSet<>(jars);
    notInBom.removeAll(managed);
    Set<String> notInBundle = new TreeSet<>(managed);
    notInBundle.removeAll(jars);
    if (!notInBom.isEmpty()) {
      problems.add("published but not in " + bomId + ": " + notInBom + "; add each to " + bomId + "/pom.xml, or set "
          + "<publish.skip>true</publish.skip> in a module that is not to be published");
    }
    if (!notInBundle.isEmpty()) {
      problems.add("in " + bomId + " but not published: " + notInBundle + "; remove each from " + bomId
          + "/pom.xml, or publish the module (no publish.skip)");
    }
    Set<String> parents = poms.values().stream().flatMap(p -> child(p, "parent").flatMap(x -> text(x, "artifactId"))
        .stream()).collect(Collectors.toSet());
    artifacts.values().stream().filter(a -> !jars.contains(a.artifactId()) && !a.artifactId().equals(bomId)
        && !parents.contains(a.artifactId())).forEach(a -> problems.add(a.artifactId()
            + ": a POM alone that is neither the BOM nor a parent of a published module"));
  }

  private static Optional<Element> child(Element parent, String name) {
    return children(Optional.of(parent), name).stream().findFirst();
  }

  private static List<Element> children(Optional<Element> parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent.isPresent()) {
      for (Node n = parent.get().getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          found.add(e);
        }
      }
    }
    return found;
  }

  /** The text at a path of child elements (licenses/license/name: the first license's name), if not blank. */
  private static Optional<String> text(Element element, String path) {
    Optional<Element> at = Optional.of(element);
    for (String name : path.split("/")) {
      at = at.flatMap(e -> child(e, name));
    }
    return at.map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
  }
}
