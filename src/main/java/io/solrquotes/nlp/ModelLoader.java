package io.solrquotes.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.util.model.BaseModel;

/**
 * Reads an OpenNLP model file from the class path, ready for the OpenNLP classes this jar runs with.
 *
 * <p>A model file names OpenNLP classes ({@code factory=opennlp.tools…} in its {@code
 * manifest.properties}, feature generators in its {@code *.featuregen} XML). The plugin jar relocates
 * OpenNLP to another package so that it cannot clash with the OpenNLP of Solr's analysis-extras module;
 * when it runs relocated, those names are rewritten in memory to the relocated package. Run
 * unrelocated (from the IDE or the test class path) the bytes pass through untouched.
 */
final class ModelLoader {

  /** The package OpenNLP is built with. Joined at run time so that the shade plugin leaves it alone. */
  private static final String ORIGINAL_PACKAGE = String.join(".", "opennlp", "tools");

  /** A model file's manifest entry. */
  private static final String MANIFEST = "manifest.properties";

  /** The package OpenNLP has in this jar: the original one, or the relocated one. */
  static final String RUNTIME_PACKAGE = runtimePackage();

  private ModelLoader() {}

  private static String runtimePackage() {
    String modelPackage = BaseModel.class.getPackageName(); // <root>.util.model
    String suffix = ".util.model";
    if (!modelPackage.endsWith(suffix)) {
      throw new IllegalStateException("unexpected OpenNLP package layout: " + modelPackage);
    }
    return modelPackage.substring(0, modelPackage.length() - suffix.length());
  }

  /** Whether OpenNLP runs relocated, so that model files need their class names rewritten. */
  static boolean relocated() {
    return !ORIGINAL_PACKAGE.equals(RUNTIME_PACKAGE);
  }

  /**
   * Opens the class-path resource {@code name} as a model stream for this jar's OpenNLP, with the
   * given properties set in its manifest (OpenNLP reads settings such as a tagger's beam size there).
   *
   * @throws UncheckedIOException if the resource is missing or unreadable
   */
  static InputStream open(String name, Map<String, String> settings) {
    InputStream in = ModelLoader.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("OpenNLP model not on the class path: " + name));
    }
    if (!relocated() && settings.isEmpty()) {
      return in;
    }
    try (in) {
      return new ByteArrayInputStream(rewrite(in, ORIGINAL_PACKAGE + ".", RUNTIME_PACKAGE + ".", settings));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
    }
  }

  /**
   * Copies a model zip, replacing {@code from} with {@code to} in its manifest and feature-generator
   * descriptors and setting {@code settings} in its manifest; the (large) binary model entries are
   * copied as they are.
   */
  static byte[] rewrite(InputStream model, String from, String to, Map<String, String> settings)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (ZipInputStream zin = new ZipInputStream(model);
        ZipOutputStream zout = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = zin.getNextEntry(); entry != null; entry = zin.getNextEntry()) {
        zout.putNextEntry(new ZipEntry(entry.getName()));
        if (namesClasses(entry.getName())) {
          StringBuilder text = new StringBuilder(new String(zin.readAllBytes(), StandardCharsets.UTF_8).replace(from, to));
          if (entry.getName().equals(MANIFEST)) {
            // a properties file keeps the last value given for a key
            settings.forEach((key, value) -> text.append('\n').append(key).append('=').append(value));
            text.append('\n');
          }
          zout.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } else {
          zin.transferTo(zout);
        }
        zout.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static boolean namesClasses(String entryName) {
    return entryName.equals(MANIFEST) || entryName.endsWith(".featuregen");
  }
}
