package io.solrquotes.cli;

import io.solrquotes.nlp.NlpModels;

/** Loads the bundled OpenNLP models, turning a failure into a {@link CliException}. */
final class Models {

  private Models() {}

  static NlpModels english() throws CliException {
    try {
      return NlpModels.english();
    } catch (RuntimeException | LinkageError e) { // LinkageError: ExceptionInInitializerError
      throw new CliException("cannot load the OpenNLP models: " + e, e);
    }
  }
}
