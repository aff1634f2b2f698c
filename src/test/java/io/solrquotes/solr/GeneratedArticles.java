package io.solrquotes.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.solr.common.SolrInputDocument;

/**
 * Short news-like articles made up from a seed, for the load and fault tests: a lead paragraph, then
 * paragraphs with quotations by one or two people (direct quotations after and before their
 * attribution, inverted "said Okafor", a quotation followed by a second one, partial quotations,
 * "according to", quotations attributed by pronoun and by an organisation's spokesperson), reported
 * speech without quotation marks (claims), and plain narrative. Straight and curly quotation marks,
 * and some thirty verbs of saying.
 *
 * <p>Article {@code i} depends only on the seed and {@code i}, so that a test can make the same
 * articles again, in any order and from any thread. Articles are 150 to 600 characters long, 300 on
 * average, with two pairs of quotation marks on average. The text is never checked against what the
 * extractor finds: the tests compare one Solr with another, or a Solr with the extractor itself.
 */
final class GeneratedArticles {

  private GeneratedArticles() {}

  /** An article as sent to Solr. */
  record Article(String id, String title, String body) {
    SolrInputDocument doc() {
      SolrInputDocument doc = new SolrInputDocument();
      doc.setField("id", id);
      doc.setField("title", title);
      doc.setField("body", body);
      return doc;
    }
  }

  private record Person(String title, String first, String last, boolean female) {
    String full() {
      return first + " " + last;
    }

    String pronoun() {
      return female ? "she" : "he";
    }
  }

  private static final String[] WOMEN = {
    "Ana", "Linda", "Helen", "Clara", "Maria", "Grace", "Priya", "Sofia", "Fatima", "Ingrid", "Naomi", "Rosa"
  };
  private static final String[] MEN = {
    "Paul", "Kenji", "Rafael", "Omar", "Peter", "David", "Samuel", "Ahmed", "Lars", "Victor", "Marcus", "Daniel"
  };
  private static final String[] SURNAMES = {
    "Torres", "Okafor", "Marsh", "Watanabe", "Mendes", "Brandt", "Haddad", "Novak", "Lopez", "Kowalski",
    "Nguyen", "Fischer", "Moreau", "Singh", "Adeyemi", "Larsen", "Costa", "Reyes", "Murphy", "Schultz"
  };
  private static final String[] TITLES = {
    "Mayor", "Senator", "Governor", "Minister", "Professor", "Commissioner", "Judge", "Dr.", "Councilwoman",
    "Treasurer", "Sheriff", "Coach"
  };
  private static final String[] ROLES = {
    "the city's transport chief", "a local business owner", "the head of the residents' association",
    "an economist at the state university", "the council's finance director", "a lawyer for the families"
  };
  private static final String[] CITIES = {
    "Riverton", "Lakeside", "Northfield", "Eastport", "Millbrook", "Ashford", "Kingsbury", "Westmoor"
  };
  private static final String[] THINGS = {
    "bridge", "school", "harbour", "library", "stadium", "tunnel", "hospital", "railway", "park", "museum",
    "water plant", "bus depot"
  };
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  private static final String[] MONTHS = {
    "January", "March", "April", "May", "June", "July", "September", "October", "November"
  };
  private static final String[] AFTER = {
    "said", "added", "told reporters", "warned", "argued", "explained", "insisted", "noted", "said on %DAY%",
    "told the council", "declared", "stressed", "admitted", "recalled", "replied"
  };
  private static final String[] BEFORE = {"said", "told reporters", "wrote", "declared", "announced", "added"};
  private static final String[] PAST_THAT = {
    "said", "argued", "warned", "claimed", "insisted", "told the council", "admitted", "suggested", "predicted",
    "estimated", "confirmed", "denied"
  };
  private static final String[] PARTIALS = {
    "a waste of money", "long overdue", "a disgrace", "the right decision", "a big step forward", "reckless",
    "a promise kept", "badly planned", "a gift to developers", "the best deal we could get"
  };
  private static final String[] LEADS = {
    "The council voted on %DAY% to approve the %THING% in %CITY%, ending months of debate.",
    "Work on the %THING% in %CITY% stopped again this week after costs rose for a third time.",
    "Residents of %CITY% packed the town hall on %DAY% to hear the plans for the new %THING%.",
    "The state will pay half the cost of the %THING% in %CITY%, officials announced on %DAY%.",
    "A report published on %DAY% found that the %THING% in %CITY% is %N% percent over budget."
  };
  private static final String[] NARRATIVE = {
    "The project was first proposed in %YEAR% and has been delayed twice since then.",
    "About %N% people live within a mile of the site.",
    "The vote was close, and the opposition has asked for a review.",
    "Construction is expected to take %N% months once the contracts are signed.",
    "Similar plans in neighbouring towns were dropped after protests."
  };
  private static final String[] QUOTES = {
    "We will not accept any more delays to the %THING%",
    "This is the best news %CITY% has had in %N% years",
    "The %THING% will be ready by %MONTH% %YEAR%",
    "Nobody asked the people of %CITY% what they wanted",
    "I have never seen anything like it in all my years in public life",
    "Our budget cannot carry another %N% million dollars",
    "The families who live near the %THING% deserve answers",
    "It is a good day for %CITY% and for everyone who worked on this",
    "We made a promise to the voters and we are keeping it",
    "There is no plan B, and everybody in this room knows it",
    "The numbers simply do not add up",
    "I will keep asking questions until we get the truth",
    "Every child in %CITY% should be able to walk to a good %THING%",
    "We listened, we changed the plan, and now it is time to build"
  };
  private static final String[] CLAIMS = {
    "the %THING% would open in %MONTH%",
    "the costs had risen by %N% percent since the spring",
    "the council had ignored the warnings of its own engineers",
    "the contract should be put out to tender again",
    "the city could not afford a second delay"
  };

  /** The {@code count} articles {@code 0 … count-1} of {@code seed}, with ids {@code prefix-00000}…. */
  static List<Article> articles(long seed, String prefix, int count) {
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(article(seed, prefix, i));
    }
    return out;
  }

  /** {@code articles} in consecutive batches of {@code size} (the last may be shorter). */
  static List<List<Article>> batches(List<Article> articles, int size) {
    List<List<Article>> out = new ArrayList<>();
    for (int from = 0; from < articles.size(); from += size) {
      out.add(articles.subList(from, Math.min(articles.size(), from + size)));
    }
    return out;
  }

  /** Article {@code i} of {@code seed}. */
  static Article article(long seed, String prefix, int i) {
    return new Writer(new SplittableRandom(seed * 1_000_003L + i)).article(String.format(Locale.ROOT, "%s-%05d", prefix, i));
  }

  /** Writes one article from its own {@link SplittableRandom}. */
  private static final class Writer {
    private final SplittableRandom random;
    private final String city;
    private final String thing;
    private final Person first;
    private final Person second;
    private final StringBuilder body = new StringBuilder();

    Writer(SplittableRandom random) {
      this.random = random;
      this.city = pick(CITIES);
      this.thing = pick(THINGS);
      this.first = person();
      Person other = person();
      while (other.last().equals(first.last())) {
        other = person();
      }
      this.second = other;
    }

    Article article(String id) {
      paragraph(fill(pick(LEADS)));
      // the first speaker is introduced with a title or a role, the second (if any) later, by name
      paragraph(introduce(first));
      int more = random.nextInt(3);
      boolean secondIntroduced = false;
      for (int p = 0; p < more; p++) {
        int roll = random.nextInt(10);
        if (roll < 3 && !secondIntroduced) {
          paragraph(introduce(second));
          secondIntroduced = true;
        } else if (roll < 6) {
          paragraph(follow(secondIntroduced && random.nextBoolean() ? second : first));
        } else if (roll < 8) {
          paragraph(claim(secondIntroduced && random.nextBoolean() ? second : first));
        } else if (roll < 9) {
          paragraph(spokesperson());
        } else {
          paragraph(fill(pick(NARRATIVE)));
        }
      }
      if (random.nextInt(3) == 0) {
        paragraph(fill(pick(NARRATIVE)));
      }
      String title = random.nextBoolean()
          ? capitalised(thing) + " plan for " + city + " divides the council"
          : first.last() + " defends " + city + " " + thing;
      return new Article(id, title, body.toString());
    }

    /** A first quotation by {@code p}, who is named in full with a title or a role. */
    private String introduce(Person p) {
      String q = quote();
      switch (random.nextInt(5)) {
        case 0:
          return q(q + ",") + " " + p.title() + " " + p.full() + " " + after() + ".";
        case 1:
          return p.title() + " " + p.full() + " " + pick(BEFORE) + ": " + q(q + ".");
        case 2:
          return p.full() + ", " + pick(ROLES) + ", " + pick(BEFORE) + ": " + q(q + ".");
        case 3:
          return q(q + ",") + " said " + p.title() + " " + p.full() + ". " + q(quote() + ".");
        default:
          return "According to " + p.title() + " " + p.full() + ", " + q(q.substring(0, 1).toLowerCase(Locale.ROOT) + q.substring(1) + ".");
      }
    }

    /** A later quotation by {@code p}: by surname, by pronoun, partial, or two in a row. */
    private String follow(Person p) {
      switch (random.nextInt(5)) {
        case 0:
          return q(quote() + ",") + " " + p.last() + " " + after() + ".";
        case 1:
          return q(quote() + ",") + " " + p.pronoun() + " " + after() + ".";
        case 2:
          return p.last() + " " + pick(PAST_THAT) + " that the plan was " + q(pick(PARTIALS)) + ".";
        case 3:
          return q(quote() + ",") + " said " + p.last() + ". " + q(quote() + ".");
        default:
          return p.last() + " called the " + thing + " " + q(pick(PARTIALS)) + " and " + pick(PAST_THAT) + " that "
              + fill(pick(CLAIMS)) + ".";
      }
    }

    /** Reported speech, without quotation marks. */
    private String claim(Person p) {
      String who = random.nextBoolean() ? p.last() : capitalised(p.pronoun());
      return who + " " + pick(PAST_THAT) + " that " + fill(pick(CLAIMS)) + ".";
    }

    private String spokesperson() {
      return q(quote() + ",") + " a spokesperson for the " + city + " council " + after() + ".";
    }

    private Person person() {
      boolean female = random.nextBoolean();
      return new Person(pick(TITLES), pick(female ? WOMEN : MEN), pick(SURNAMES), female);
    }

    private String quote() {
      return fill(pick(QUOTES));
    }

    private String after() {
      return fill(pick(AFTER));
    }

    /** Quotation marks around {@code s}: straight three times in four, else curly. */
    private String q(String s) {
      return random.nextInt(4) == 0 ? "\u201c" + s + "\u201d" : "\"" + s + "\"";
    }

    private String fill(String template) {
      return template
          .replace("%CITY%", city)
          .replace("%THING%", thing)
          .replace("%DAY%", pick(DAYS))
          .replace("%MONTH%", pick(MONTHS))
          .replace("%YEAR%", Integer.toString(2019 + random.nextInt(10)))
          .replace("%N%", Integer.toString(2 + random.nextInt(60)));
    }

    private void paragraph(String text) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(text);
    }

    private String pick(String[] words) {
      return words[random.nextInt(words.length)];
    }

    private static String capitalised(String s) {
      return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
  }
}
