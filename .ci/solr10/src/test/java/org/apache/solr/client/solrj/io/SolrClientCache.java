package org.apache.solr.client.solrj.io;

import org.apache.solr.client.solrj.impl.HttpSolrClientBase;

/**
 * Stand-in for solr-solrj-streaming 10.0.0's client cache. That jar is not served by the registry
 * reachable here, and the check runs on 9.10.1's streaming classes instead; but 9.10.1's cache is built
 * on Solr 9's Http2SolrClient, which Solr 10 no longer has. Solr 10's CoreContainer makes one when it
 * loads and closes it when it shuts down; only streaming expressions use it, and this one does nothing.
 * Being in the test classes, it comes before 9.10.1's on the class path. See Solr10JarIT.
 */
public class SolrClientCache implements java.io.Closeable {

  public SolrClientCache(HttpSolrClientBase client) {}

  public void setDefaultZKHost(String zkHost) {}

  @Override
  public void close() {}
}
