package io.solrquotes.cli;

import io.solrquotes.extract.SpeakerAliases;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --aliases FILE}: the speaker alias file, the configset's {@code speaker-aliases.txt} by default. */
final class AliasOption {

  @Option(
      names = "--aliases",
      paramLabel = "FILE",
      description = "speaker aliases in Solr's synonyms style (default: the bundled copy of"
          + " solr-config/speaker-aliases.txt)")
  Path file;

  SpeakerAliases load() throws CliException {
    if (file == null) {
      return SpeakerAliases.bundled();
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return SpeakerAliases.parse(in, file.toString());
    } catch (IOException e) {
      throw new CliException("cannot read the alias file " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new CliException("bad alias file: " + e.getMessage());
    }
  }
}
