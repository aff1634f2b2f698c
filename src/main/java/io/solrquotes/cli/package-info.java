/**
 * The {@code solr-quotes} command line: {@code extract} runs the quotation extractor over
 * JSON-lines articles, {@code bench} measures its throughput. Entry point: {@link
 * io.solrquotes.cli.Main}.
 */
package io.solrquotes.cli;
