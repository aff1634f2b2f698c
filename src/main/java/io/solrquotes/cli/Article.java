package io.solrquotes.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One input article.
 *
 * @param id the {@code id} value as given (string, number, or {@code null} when absent), written
 *     back unchanged
 * @param title the {@code title} value if it is a string, else {@code null}
 * @param text the article text
 */
record Article(JsonNode id, String title, String text) {}
