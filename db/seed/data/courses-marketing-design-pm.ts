import type { SeedCourse } from "./types";

// Demo catalog: marketing (Signal Marketing Lab), design (Form & Function Design School)
// and project/product management (Meridian Project Institute). One course in Spanish,
// one in German.
export const coursesMarketingDesignPm: SeedCourse[] = [
  // ---------------------------------------------------------------------------
  // Signal Marketing Lab
  // ---------------------------------------------------------------------------
  {
    slug: "seo-fundamentals-for-marketers",
    title: "SEO Fundamentals for Marketers",
    providerSlug: "signal-marketing-lab",
    skillSlugs: ["seo", "digital-marketing"],
    summary:
      "Learn how search engines crawl, index and rank pages, then apply keyword research and on-page basics to get found for the queries your customers actually use.",
    description: `SEO can look like a black box. This course opens it up: you'll learn what search engines actually do with your pages and the handful of fundamentals that move results for most sites.

- How crawling, indexing and ranking differ, and how to tell which one is failing
- Reading search intent straight from the results page
- Building and prioritising a keyword list tied to business value
- On-page basics: titles, headings, internal links and genuinely helpful content

Each module ends with a short exercise on your own site or our sample site, so you finish with a prioritised keyword plan and an on-page fix list.`,
    level: "beginner",
    language: "en",
    durationMinutes: 180,
    priceAmount: 0,
    currency: "USD",
    outcomes: [
      "Explain how crawling, indexing and ranking work and diagnose which stage is failing",
      "Identify search intent by analysing the results page for a query",
      "Build a grouped keyword list with volume, difficulty and intent",
      "Prioritise keywords by business value, ranking feasibility and effort",
      "Write effective title tags, meta descriptions and headings",
      "Use internal links to support your most important pages",
    ],
    requirements: [
      "No prior SEO experience needed",
      "Access to a website you can edit, or use our sample site",
    ],
    publishedDaysAgo: 212,
    modules: [
      {
        title: "How search works",
        lessons: [
          {
            title: "Crawling, indexing and ranking",
            durationMinutes: 12,
            isPreview: true,
            body: `Search engines do three separate jobs, and a page can fail at any of them.

1. **Crawling** – a bot such as Googlebot discovers URLs by following links and reading XML sitemaps, then fetches the HTML.
2. **Indexing** – the engine parses the page, renders JavaScript if needed, picks a canonical URL and stores the content. Pages that are blocked, duplicated or thin may be crawled but never indexed.
3. **Ranking** – when someone searches, the engine retrieves matching indexed pages and orders them using many signals: relevance to the query, content quality, links from other sites, page experience and more.

| Stage | Typical failure | Where to check |
|---|---|---|
| Crawling | No internal links point to the page | Server logs, Search Console crawl stats |
| Indexing | \`noindex\` tag left on after a redesign | Search Console → Pages report |
| Ranking | Content doesn't match what searchers want | Compare your page with the top 10 results |

**Example:** a bakery launches a new "gluten-free cakes" page but forgets to link it from the menu. Googlebot may never find it, so no amount of keyword tuning will help. Always diagnose in order: crawled → indexed → ranking.`,
          },
          {
            title: "Search intent and the results page",
            durationMinutes: 14,
            body: `Every query carries an intent, and Google ranks the type of page that best satisfies it. Matching intent matters more than repeating a keyword.

Common intent types:

- **Informational** – "how to descale a kettle". Searchers want a guide or a video.
- **Commercial investigation** – "best running shoes for flat feet". They want comparisons and reviews.
- **Transactional** – "buy trail running shoes size 10". They want a product or category page.
- **Navigational** – "strava login". They want one specific site.

The fastest way to read intent is to look at the results page itself. If the top ten results for "project plan template" are downloadable templates, a 3,000-word essay on project planning will struggle, however good it is.

**SERP checklist before you write:**

- [ ] Which format dominates: guide, list, product page, tool, video?
- [ ] Which features appear: featured snippet, "People also ask", local pack, shopping ads?
- [ ] How fresh are the results? Years in titles suggest recency matters.
- [ ] Are the ranking sites big brands or small specialist sites?

Write down the intent and the format you'll use before drafting anything.`,
          },
        ],
      },
      {
        title: "Keyword research",
        lessons: [
          {
            title: "Building a keyword list",
            durationMinutes: 18,
            body: `Keyword research starts with your customers' language, not with a tool. Tools then expand and quantify what you already know.

**A practical workflow:**

1. **Seed terms** – list 10–20 phrases from sales calls, support tickets and product pages. A bike shop might start with "commuter bike", "bike service", "e-bike repair".
2. **Expand** – run each seed through a tool (Google Keyword Planner, Ahrefs, Semrush) and through Google itself: autocomplete and "People also ask" show real phrasing.
3. **Group by topic** – cluster keywords that one page could answer. "e-bike repair near me" and "e-bike repair shop" belong together; "how to fix an e-bike battery" needs a different page.
4. **Record metrics** – monthly volume, keyword difficulty and the intent you observed in the results.

| Keyword | Volume | Difficulty | Intent | Target page |
|---|---|---|---|---|
| e-bike repair near me | 2,400 | 12 | Local / transactional | /services/e-bike-repair |
| how to fix e-bike battery | 880 | 25 | Informational | New guide |

Long-tail phrases (four or more words) have lower volume but clearer intent and usually convert better. Fifty well-grouped keywords beat an export of 5,000 unsorted ones.`,
          },
          {
            title: "Prioritising keywords by value and difficulty",
            durationMinutes: 12,
            body: `You can't target everything at once, so score each keyword cluster on three questions: how valuable is a visitor, how likely are we to rank, and how much work is the page?

A simple scoring model (1–3 each):

- **Business value** – 3 if the searcher could buy your product directly, 1 if they only want general information.
- **Ranking feasibility** – 3 if the current top results come from sites of similar authority to yours, 1 if they are all major publishers.
- **Effort** – 3 if an existing page just needs improving, 1 if you need new research, design or data.

Add the scores and sort the list.

| Cluster | Value | Feasibility | Effort | Total |
|---|---|---|---|---|
| payroll software for small business | 3 | 1 | 2 | 6 |
| how to calculate holiday pay | 2 | 3 | 3 | 8 |

**Example:** this payroll software company should start with the holiday pay guide, which can win traffic within weeks, while the highly competitive product term becomes a longer-term goal supported by links.

Volume alone is misleading: tools only estimate it, and 90 searches a month from qualified buyers can be worth more than 9,000 from students.`,
          },
        ],
      },
      {
        title: "On-page optimisation",
        lessons: [
          {
            title: "Title tags, meta descriptions and headings",
            durationMinutes: 15,
            body: `These elements tell both search engines and people what a page is about.

**Title tag** – the clickable headline in results. Put the main topic near the start, keep it to roughly 50–60 characters so it isn't truncated, and make every title on the site unique.

**Meta description** – not a ranking factor, but often shown as the snippet under your title, so it affects click-through. Aim for about 150 characters that state the benefit. Google may rewrite it if another passage fits the query better.

**Headings** – use one \`<h1>\` that matches the page topic, then \`<h2>\` and \`<h3>\` to structure sections. Headings help readers scan and help engines understand subtopics.

| Element | Weak | Better |
|---|---|---|
| Title | Home – Services | E-Bike Repair in Leeds – Same-Day Service – Spokes & Co |
| Meta description | Welcome to our website. | Fixed-price e-bike repairs in Leeds, most done the same day. Book online in two minutes. |
| H1 | Our Services | E-Bike Repair in Leeds |

**Quick audit:** search \`site:yourdomain.com\` and scan the titles. Duplicates and vague titles stand out immediately.`,
          },
          {
            title: "Internal linking and helpful content",
            durationMinutes: 14,
            body: `Internal links do two jobs: they help crawlers discover pages, and they pass authority from strong pages to the ones you want to rank.

**Good internal linking habits:**

- Link from high-traffic pages (home, popular guides) to priority commercial pages.
- Use descriptive anchor text: "compare our e-bike service plans", not "click here".
- Build **topic clusters**: a pillar page on "e-bike maintenance" links to detailed guides on batteries, brakes and tyres, and each guide links back.
- Keep important pages within three clicks of the home page.
- Fix orphan pages – pages with no internal links at all.

Content quality is judged against the pages already ranking. Google's guidance on helpful content asks whether a page shows first-hand experience, answers the question fully and leaves the reader satisfied.

**Example:** a generic "10 bike maintenance tips" post is rewritten to include the shop mechanic's actual service checklist, photos of worn brake pads and a table of typical repair costs. That original information – not word count – gives the page something competitors don't have, and is what makes it worth ranking.`,
          },
        ],
      },
    ],
  },
  {
    slug: "technical-seo-crawling-indexing-site-speed",
    title: "Technical SEO: Crawling, Indexing and Site Speed",
    providerSlug: "signal-marketing-lab",
    skillSlugs: ["seo"],
    summary:
      "Audit and fix the technical foundations of search: crawl control, canonicals, JavaScript rendering, structured data and Core Web Vitals on a large real-world site.",
    description: `For SEOs and developers who already know the basics and now need to find and fix the problems that stop good content from ranking.

We work through a realistic audit of a 40,000-URL online shop using log files, crawl data, rendered HTML and field performance data. You'll learn which issues genuinely matter at scale and which are noise in audit tools.

- Controlling crawling and indexing without contradictory signals
- Canonicalisation, duplicate content and parameter handling
- Diagnosing JavaScript rendering problems
- Core Web Vitals and structured data that qualify for rich results`,
    level: "advanced",
    language: "en",
    durationMinutes: 300,
    priceAmount: 12900,
    currency: "USD",
    outcomes: [
      "Choose correctly between robots.txt, noindex and authentication for each situation",
      "Analyse server logs to see how Googlebot really spends its crawl",
      "Resolve duplicate content with consistent canonical signals",
      "Diagnose rendering issues on JavaScript-heavy sites",
      "Prioritise Core Web Vitals fixes using field data",
      "Implement and validate JSON-LD structured data",
    ],
    requirements: [
      "Comfortable with on-page SEO basics and Google Search Console",
      "Able to read HTML; some JavaScript familiarity helps",
    ],
    publishedDaysAgo: 41,
    modules: [
      {
        title: "Crawl control",
        lessons: [
          {
            title: "robots.txt, meta robots and crawl budget",
            durationMinutes: 18,
            isPreview: true,
            body: `Two different mechanisms control what search engines do with a URL, and mixing them up is one of the most common technical SEO mistakes.

- **robots.txt** controls *crawling*. \`Disallow: /cart/\` tells compliant bots not to fetch those URLs. It does **not** remove them from the index: a blocked URL can still appear in results if other pages link to it.
- **Meta robots / X-Robots-Tag** controls *indexing*. \`<meta name="robots" content="noindex">\` removes a page from results – but the bot must be able to crawl the page to see the tag.

| Goal | Use | Don't use |
|---|---|---|
| Stop faceted filter URLs wasting crawls | robots.txt disallow pattern | noindex alone |
| Remove thin tag pages from results | noindex | robots.txt block |
| Hide a staging site | HTTP authentication | either of the above |

**Crawl budget** only matters for large sites (roughly hundreds of thousands of URLs) or sites that generate endless URL variants. A shop whose filters create \`?colour=red&size=9&sort=price\` combinations can expose millions of crawlable URLs for 5,000 products. Blocking sort and multi-filter parameters lets Googlebot spend its time on real products.`,
          },
          {
            title: "Reading server logs for SEO",
            durationMinutes: 22,
            body: `Search Console shows a sample of Google's view; your server logs record every request Googlebot actually made. For large sites, log analysis answers questions nothing else can.

A typical access-log line:

\`\`\`
66.249.66.1 - - [12/Mar/2025:08:14:02 +0000] "GET /products/trail-shoe-x HTTP/1.1" 200 48213 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
\`\`\`

**Steps for a log audit:**

1. Filter requests whose user agent contains "Googlebot", then verify them with a reverse DNS lookup – many scrapers fake the user agent.
2. Group hits by URL pattern: products, categories, filters, blog.
3. Compare each group's share of crawls with its business value.
4. List status codes: large volumes of 404s, redirect chains or 5xx errors waste crawls.

**What you might find:** 60% of Googlebot requests going to filter URLs while new product pages wait days for their first crawl. That single insight justifies changing parameter handling.

Screaming Frog Log File Analyser, or a few lines of Python with pandas, are enough to start. Keep at least 30 days of logs to see patterns.`,
          },
        ],
      },
      {
        title: "Indexing and duplication",
        lessons: [
          {
            title: "Canonical tags and duplicate content",
            durationMinutes: 16,
            body: `Duplicate content is rarely a penalty problem; it's a consolidation problem. When several URLs show the same content, signals such as links are split, and Google chooses which version to show – not always the one you'd pick.

Common sources of duplication:

- \`http\` vs \`https\`, and \`www\` vs non-\`www\`
- Tracking parameters such as \`?utm_source=newsletter\`
- Product pages reachable through several category paths
- Printer-friendly versions

The \`rel="canonical"\` link element states your preferred URL:

\`\`\`html
<link rel="canonical" href="https://shop.example/products/trail-shoe-x">
\`\`\`

Google treats canonical as a strong **hint**, not a directive, and ignores it when other signals conflict. Make the signals agree:

- [ ] The canonical points to an indexable URL returning status 200
- [ ] Internal links point to the canonical version
- [ ] Only canonical URLs are listed in the XML sitemap
- [ ] Redundant variants (http → https) are 301-redirected rather than canonicalised

In Search Console's URL Inspection, compare "User-declared canonical" with "Google-selected canonical". A mismatch tells you your signals are inconsistent.`,
          },
          {
            title: "JavaScript rendering and SEO",
            durationMinutes: 20,
            body: `Google can render JavaScript using an evergreen version of Chromium, but rendering can happen after the initial crawl. Content that only exists after scripts run may be indexed later – or missed if rendering fails.

| Approach | What the bot receives | SEO risk |
|---|---|---|
| Server-side rendering (SSR) | Full HTML | Low |
| Static generation | Full HTML, built ahead of time | Low |
| Client-side rendering (CSR) | Empty shell plus JS bundle | Higher |
| Dynamic rendering | Pre-rendered HTML for bots only | A workaround Google no longer recommends |

**Frequent problems on JavaScript sites:**

- Links built as \`<div onclick="...">\` instead of \`<a href="...">\` – crawlers only follow real links.
- Content loaded only after a scroll or click event.
- Titles and canonicals changed late by JavaScript, conflicting with the raw HTML.
- API endpoints blocked in robots.txt, so rendered pages come out empty.

**Test it:** in Search Console, use URL Inspection → "View crawled page" to see the rendered HTML, and compare it with the raw source. If your product description appears only in the rendered version, your rankings depend on rendering succeeding every time.`,
          },
        ],
      },
      {
        title: "Performance and structured data",
        lessons: [
          {
            title: "Core Web Vitals in practice",
            durationMinutes: 20,
            body: `Core Web Vitals are Google's page-experience metrics, measured from real Chrome users (the CrUX dataset) and assessed at the 75th percentile.

| Metric | Measures | Good |
|---|---|---|
| LCP – Largest Contentful Paint | Loading of the main content | ≤ 2.5 s |
| INP – Interaction to Next Paint | Responsiveness to clicks and taps | ≤ 200 ms |
| CLS – Cumulative Layout Shift | Visual stability | ≤ 0.1 |

INP replaced First Input Delay in March 2024. Page experience is a modest ranking signal – relevance still wins – but slow pages lose conversions regardless.

**Typical fixes by metric:**

- **LCP:** serve the hero image in a modern format, add \`fetchpriority="high"\`, never lazy-load it, and cut server response time with caching or a CDN.
- **INP:** break up long JavaScript tasks, defer third-party scripts such as chat widgets, and keep event handlers light.
- **CLS:** set width and height on images and embeds, and reserve space for ads and cookie banners.

**Lab vs field:** Lighthouse gives lab data from one simulated device; Search Console and PageSpeed Insights show field data. Confirm every fix in field data, which reflects a rolling 28-day window.`,
          },
          {
            title: "Structured data with schema.org",
            durationMinutes: 16,
            body: `Structured data is machine-readable markup describing what a page contains. Google uses it to understand content and to qualify pages for rich results such as prices, review stars and event listings.

Google recommends **JSON-LD** in a script tag:

\`\`\`html
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Product",
  "name": "Trail Shoe X",
  "offers": {
    "@type": "Offer",
    "price": "129.00",
    "priceCurrency": "GBP",
    "availability": "https://schema.org/InStock"
  }
}
</script>
\`\`\`

**Rules that keep you eligible:**

- Mark up only content that is visible on the page.
- Follow the required properties in Google's documentation; schema.org defines far more types than Google supports for rich results.
- Keep values in sync with the page – a price mismatch can cost you the rich result.
- Validate with the Rich Results Test, then monitor the enhancement reports in Search Console.

Rich results are never guaranteed, and FAQ and HowTo results were heavily restricted in 2023. Prioritise types that match your business: Product, Organization, Article, LocalBusiness, Event.`,
          },
        ],
      },
    ],
  },
  {
    slug: "content-strategy-that-drives-pipeline",
    title: "Content Strategy That Drives Pipeline",
    providerSlug: "signal-marketing-lab",
    skillSlugs: ["digital-marketing", "seo"],
    summary:
      "Plan content that earns attention and leads: audience research, topic clusters, editorial calendars and a measurement model that connects articles to revenue.",
    description: `Most content programmes publish a lot and prove little. This course shows you how to build a strategy that starts with real buyer problems and ends with numbers your CFO recognises.

You'll follow a running example – a B2B HR software company – and apply each step to your own organisation:

- Audience research using jobs-to-be-done and sales conversations
- Content pillars and topic clusters that build authority
- Briefs and an editorial calendar a small team can sustain
- A measurement model linking content to pipeline`,
    level: "intermediate",
    language: "en",
    durationMinutes: 150,
    priceAmount: 7900,
    currency: "GBP",
    outcomes: [
      "Write jobs-to-be-done statements based on real customer evidence",
      "Structure content into pillars and topic clusters",
      "Write one-page content briefs that raise quality",
      "Run a sustainable editorial calendar with a distribution plan",
      "Report content-influenced pipeline alongside traffic metrics",
    ],
    requirements: [
      "Some experience writing or commissioning marketing content",
      "Access to your organisation's analytics is helpful but not required",
    ],
    publishedDaysAgo: 96,
    modules: [
      {
        title: "Strategy foundations",
        lessons: [
          {
            title: "Audience research with jobs to be done",
            durationMinutes: 16,
            isPreview: true,
            body: `A content strategy starts with a precise picture of who you're writing for and what they're trying to get done. Demographics alone ("marketing managers aged 30–45") don't tell you what to write.

Use a **jobs-to-be-done** statement instead: *When [situation], I want to [motivation], so I can [outcome].*

**Example for an HR software company:**

> When a new hire starts on Monday, I want every account and laptop ready without chasing IT, so I can make a good first impression.

That single job suggests content: an onboarding checklist template, a guide to automating account provisioning, a comparison of onboarding tools.

**Where to find real jobs:**

- Sales call recordings – note the words prospects use to describe the problem
- Support tickets and community forums
- Five to eight short customer interviews asking "what were you doing when you first looked for a solution?"
- Queries in Search Console that already bring visitors

Write down three to five core jobs and, for each, the questions a buyer asks at the **problem**, **solution** and **vendor** stages. That question list becomes your raw topic backlog.`,
          },
          {
            title: "Content pillars and topic clusters",
            durationMinutes: 14,
            body: `**Pillars** are the three to five broad themes your brand wants to be known for. **Clusters** are the specific pieces that cover each theme in depth and link together.

**Structure of a cluster:**

- **Pillar page** – a comprehensive guide to a broad topic, e.g. "Employee onboarding: the complete guide".
- **Cluster articles** – focused pieces on subtopics: "Onboarding checklist for remote hires", "How long should onboarding last?", "Onboarding email templates".
- **Links** – every cluster article links to the pillar, and the pillar links to each article.

| Pillar | Example cluster pieces | Funnel stage |
|---|---|---|
| Onboarding | Checklist template, first-week agenda | Problem |
| HR automation | Tool comparison, ROI calculator | Solution |
| Compliance | Right-to-work checks guide | Problem / solution |

Clusters help readers go deeper and help search engines recognise topical authority. They also stop random acts of content: before commissioning a piece, ask which pillar it serves and which job it addresses. If the answer is "neither", it's probably a distraction, however clever the idea.

Favour depth over breadth: ten strong pieces in one cluster usually outperform thirty scattered posts.`,
          },
        ],
      },
      {
        title: "Production and measurement",
        lessons: [
          {
            title: "Briefs and the editorial calendar",
            durationMinutes: 15,
            body: `An editorial calendar turns strategy into a reliable publishing rhythm. Consistency matters more than volume: two strong pieces every month beats a burst of ten followed by silence.

**Fields worth tracking for each piece:**

- Working title and the job or question it answers
- Pillar and funnel stage
- Primary keyword, if search-led
- Owner, subject-matter expert (SME) and editor
- Status: idea → brief → draft → review → scheduled → published
- Distribution: newsletter, LinkedIn, sales enablement

**The brief is where quality is decided.** A good brief fits on one page: the reader, the single takeaway, the angle that makes it different from what already ranks, the SMEs to interview, and the call to action.

**Example monthly cycle for a team of two:**

| Week | Activity |
|---|---|
| 1 | Interview the SME, write the brief |
| 2 | Draft and internal review |
| 3 | Edit, design assets, schedule |
| 4 | Publish, distribute, repurpose into three social posts and a newsletter section |

Plan distribution before you write. A piece with no route to its audience is only finished in the CMS.`,
          },
          {
            title: "Measuring content against pipeline",
            durationMinutes: 18,
            body: `Pageviews show reach, not impact. To justify investment, connect content to the metrics leadership cares about: qualified leads, pipeline and revenue.

**A three-level measurement model:**

| Level | Metrics | Question answered |
|---|---|---|
| Consumption | Organic sessions, engaged time, scroll depth | Is anyone reading it? |
| Engagement | Newsletter sign-ups, template downloads, return visits | Does it build a relationship? |
| Business | Content-influenced leads, pipeline, win rate | Does it help us sell? |

**Making business metrics work:**

- Track content conversions (downloads, demo requests) as events in your analytics tool.
- Pass the first and last content touch into your CRM as lead fields.
- Report **content-influenced pipeline**: opportunities where a contact consumed at least one piece before the deal was created.

**Example:** the quarterly report shows the onboarding checklist drove only 1,200 visits but appeared in 18 opportunities worth £210k, while a viral opinion piece drew 20,000 visits and no pipeline. Both have a role, but they justify different budgets.

Be honest about attribution limits: B2B buyers share content in private channels you can't track. Add a "How did you hear about us?" field to forms.`,
          },
        ],
      },
    ],
  },
  {
    slug: "paid-search-essentials-google-ads",
    title: "Paid Search Essentials with Google Ads",
    providerSlug: "signal-marketing-lab",
    skillSlugs: ["digital-marketing"],
    summary:
      "Set up and optimise profitable Google Ads search campaigns: account structure, keyword match types, ad copy, bidding strategies and the metrics that matter.",
    description: `A practical course for marketers and small-business owners who want to run Google Ads without burning budget on the wrong clicks.

You'll build a complete search campaign for a sample local service business, from keyword selection to bidding, and leave with a weekly routine for keeping it profitable.

- How Ad Rank and Quality Score really work
- Account structure, match types and negative keywords
- Responsive search ads and landing pages that convert
- Choosing and tuning a bidding strategy`,
    level: "beginner",
    language: "en",
    durationMinutes: 210,
    priceAmount: 4900,
    currency: "USD",
    outcomes: [
      "Explain how the ad auction and Quality Score affect cost and position",
      "Structure campaigns and ad groups around tight keyword themes",
      "Write responsive search ads with genuinely different messages",
      "Choose a bidding strategy that fits your conversion data",
      "Run a weekly optimisation routine using the search terms report",
    ],
    requirements: [
      "A Google Ads account (a new, unfunded account is fine for exercises)",
      "Basic spreadsheet skills",
    ],
    publishedDaysAgo: 154,
    modules: [
      {
        title: "Campaign foundations",
        lessons: [
          {
            title: "How the ad auction works",
            durationMinutes: 12,
            isPreview: true,
            body: `Every time someone searches, Google runs an auction among the advertisers whose keywords match. The highest bid does not automatically win.

**Ad Rank** decides whether your ad shows and in which position. Google describes it as a combination of:

- Your bid
- Ad quality: expected click-through rate, ad relevance and landing-page experience
- Ad Rank thresholds – the minimum quality needed to show at all
- The context of the search: device, location, time, other results on the page
- The expected impact of assets such as sitelinks

**Quality Score** (1–10) is a keyword-level diagnostic that summarises those quality components. It isn't used directly in the auction, but it shows you where to improve.

**Example:** Advertiser A bids £4.00 with a generic ad; Advertiser B bids £2.50 with a tightly matched ad and a relevant landing page. B can outrank A – and because you generally pay only what's needed to beat the advertiser below you, B may also pay less per click.

**Takeaway:** relevance is as powerful a lever as budget. Before raising bids, check that the ad and landing page truly match the search.`,
          },
          {
            title: "Account structure and match types",
            durationMinutes: 16,
            body: `Google Ads is organised as **account → campaigns → ad groups → keywords and ads**. Budgets, locations and bidding are set per campaign; ad groups hold tightly themed keywords and the ads that match them.

**A clean structure for a plumbing company:**

- Campaign: Emergency plumbing (higher budget, 24/7 schedule)
  - Ad group: Burst pipes – "burst pipe repair", "emergency burst pipe plumber"
  - Ad group: Blocked drains – "blocked drain", "drain unblocking near me"
- Campaign: Boiler installation (different margins, business hours only)

**Match types** control how closely a search must relate to your keyword:

| Match type | Syntax | Matches |
|---|---|---|
| Broad | boiler repair | Related searches, even without your words |
| Phrase | "boiler repair" | Searches that include the meaning of the phrase |
| Exact | [boiler repair] | Searches with the same meaning or intent |

Broad match relies on Google's reading of intent and works best with Smart Bidding and solid conversion tracking. Whatever you choose, review the **search terms report** weekly and add **negative keywords** ("jobs", "course", "DIY") so you stop paying for irrelevant clicks.`,
          },
        ],
      },
      {
        title: "Ads and landing pages",
        lessons: [
          {
            title: "Writing responsive search ads",
            durationMinutes: 15,
            body: `Responsive search ads (RSAs) take up to **15 headlines** (30 characters each) and **4 descriptions** (90 characters each). Google tests combinations and shows up to three headlines and two descriptions at a time.

**Give the system genuinely different messages**, not fifteen rewordings of one line:

| Headline role | Example (emergency plumber) |
|---|---|
| Keyword match | Burst Pipe Repair in Bristol |
| Benefit | Plumber With You in 60 Minutes |
| Proof | Rated 4.9 by 1,200 Locals |
| Offer | No Call-Out Fee Before 8pm |
| Call to action | Call Now for a Fixed Quote |

**Pinning** forces a headline into position 1, 2 or 3. Use it sparingly – for legally required text or a must-have brand line – because every pin reduces the combinations Google can test.

**Checklist for each ad group:**

- [ ] At least one headline contains the main keyword theme
- [ ] Descriptions state the benefit and answer a common objection
- [ ] Sitelinks, callouts and a call asset are added
- [ ] Ad strength is "Good" or better – but judge by conversions, not the label

Review asset performance after a few thousand impressions and replace the weakest headlines.`,
          },
          {
            title: "Landing page relevance",
            durationMinutes: 14,
            body: `The click is only half the job. If the landing page doesn't continue the promise of the ad, you pay for the visit, lose the customer and weaken your landing-page experience rating.

**Message match** means the page's headline reflects the search and the ad. Someone who searches "burst pipe repair Bristol" and clicks an ad promising a plumber within 60 minutes should land on a page saying exactly that – not on the home page.

**Landing page checklist:**

- [ ] Headline mirrors the ad's main promise
- [ ] Primary call to action visible without scrolling on mobile
- [ ] Phone number is tap-to-call
- [ ] Page loads in under about three seconds on a mobile connection
- [ ] Trust signals near the CTA: reviews, accreditations, guarantees
- [ ] Form asks only for what you need (name, phone, postcode)

**Example:** a home-services company sent every ad to its home page and converted 3.1% of clicks. Dedicated pages per service, with matching headlines and a three-field form, lifted conversion to 7.4%. At the same cost per click, the cost per lead fell by more than half.

Confirm that conversion tracking fires on form submissions and calls before you judge any page.`,
          },
        ],
      },
      {
        title: "Bidding and optimisation",
        lessons: [
          {
            title: "Choosing a bidding strategy",
            durationMinutes: 16,
            body: `Bidding strategies fall into two families: **manual CPC**, where you set maximum cost-per-click bids, and **Smart Bidding**, where Google sets a bid for each auction using signals such as device, location, time and audience.

| Strategy | Optimises for | Use when |
|---|---|---|
| Manual CPC | Clicks at your chosen max bid | Very low volume, or you need tight control |
| Maximise clicks | Traffic within budget | No conversion data yet |
| Maximise conversions | Most conversions for the budget | Reliable tracking, full budget spend |
| Target CPA | Conversions at a target cost | Stable volume and a known acceptable cost per lead |
| Target ROAS | Conversion value at a target return | E-commerce with accurate revenue values |

Smart Bidding is only as good as the conversions you feed it. Count **real** outcomes – purchases, qualified leads – not page views or button clicks.

**Example:** a campaign averaging 40 leads a month at £35 each moves to Target CPA at £35, not £20. An aggressive target immediately starves the campaign of impressions. Once it stabilises, tighten the target by 10–15% every couple of weeks.

After any strategy change, allow a learning period of roughly one to two weeks before judging results.`,
          },
          {
            title: "The weekly optimisation routine",
            durationMinutes: 14,
            body: `Paid search rewards steady, disciplined maintenance more than dramatic overhauls. A one-hour weekly routine covers most of what matters.

1. **Check tracking** – did conversions drop to zero anywhere? Broken tags waste more money than bad bids.
2. **Search terms report** – add irrelevant terms as negatives, and add strong converting terms as keywords in the right ad group.
3. **Budget pacing** – are profitable campaigns "limited by budget"? Move money from weak campaigns to strong ones.
4. **Segments** – compare device, location and hour of day for large differences in cost per acquisition.
5. **Ads and assets** – pause clear losers and add one new headline to test.

**Metrics to watch:**

| Metric | Formula | What it tells you |
|---|---|---|
| CTR | clicks ÷ impressions | Ad relevance and appeal |
| Conversion rate | conversions ÷ clicks | Landing page and traffic quality |
| CPA | cost ÷ conversions | Efficiency per lead or sale |
| ROAS | conversion value ÷ cost | Return on spend |

Keep a change log with the date and reason for every edit. When performance shifts, you'll know whether you caused it or the market did.`,
          },
        ],
      },
    ],
  },
  {
    slug: "email-marketing-y-automatizacion",
    title: "Email marketing y automatización: de la lista a los ingresos",
    providerSlug: "signal-marketing-lab",
    skillSlugs: ["digital-marketing"],
    summary:
      "Aprende a construir una lista de suscriptores de calidad, diseñar secuencias automatizadas y medir cada campaña de email con métricas ligadas a ingresos reales.",
    description: `El email sigue siendo uno de los canales con mejor retorno, siempre que la lista sea de calidad y los mensajes lleguen a la bandeja de entrada. Este curso práctico te enseña a hacerlo bien desde el principio.

- Captación de suscriptores conforme al RGPD
- Configuración de SPF, DKIM y DMARC sin necesidad de ser técnico
- Secuencias de bienvenida, carrito abandonado y post-compra
- Métricas que sustituyen a la tasa de apertura

Trabajarás con el caso de una tienda online de café y terminarás con un plan de automatizaciones listo para aplicar en tu propia plataforma de email.`,
    level: "intermediate",
    language: "es",
    durationMinutes: 150,
    priceAmount: 2900,
    currency: "EUR",
    outcomes: [
      "Captar suscriptores con un consentimiento válido según el RGPD",
      "Configurar y comprobar la autenticación SPF, DKIM y DMARC de tu dominio",
      "Diseñar secuencias de bienvenida, carrito abandonado y post-compra",
      "Medir campañas con clics, conversiones e ingresos por destinatario",
      "Planificar pruebas A/B que den resultados fiables",
    ],
    requirements: [
      "Acceso a una plataforma de email marketing (Mailchimp, Brevo, Klaviyo o similar)",
      "Conocimientos básicos de marketing digital",
    ],
    publishedDaysAgo: 27,
    modules: [
      {
        title: "Lista y entregabilidad",
        lessons: [
          {
            title: "Construir una lista con permiso",
            durationMinutes: 14,
            isPreview: true,
            body: `Una lista de email vale por la calidad de su permiso, no por su tamaño. En la Unión Europea, el RGPD exige un consentimiento libre, específico, informado e inequívoco: nada de casillas premarcadas ni de listas compradas.

**Buenas prácticas de captación:**

- Ofrece un incentivo concreto (*lead magnet*): una plantilla, una guía breve o un 10 % de descuento en la primera compra.
- Explica qué recibirá la persona y con qué frecuencia: "Un email cada martes con novedades y recetas".
- Usa **doble opt-in**: un correo de confirmación elimina direcciones falsas y protege tu reputación como remitente.
- Guarda la prueba del consentimiento: fecha, formulario y texto aceptado.

**Ejemplo:** una tienda online de café sustituye el genérico "Suscríbete a nuestra newsletter" por "Recibe nuestra guía de métodos de preparación y un 10 % en tu primer pedido". Las altas mensuales pasan de 120 a 410, y el interés se mantiene porque los suscriptores saben qué esperar.

| Fuente de altas | Calidad habitual |
|---|---|
| Formulario con incentivo relevante | Alta |
| Sorteo genérico en redes sociales | Baja |
| Lista comprada | Ilegal sin consentimiento y perjudicial |`,
          },
          {
            title: "Entregabilidad: SPF, DKIM y DMARC",
            durationMinutes: 18,
            body: `La entregabilidad es la capacidad de que tus correos lleguen a la bandeja de entrada y no a la carpeta de spam. Desde 2024, Gmail y Yahoo exigen a los remitentes masivos (más de 5.000 mensajes diarios) autenticar su dominio y ofrecer la baja con un solo clic.

**Los tres registros DNS básicos:**

| Registro | Qué hace |
|---|---|
| SPF | Indica qué servidores pueden enviar correo en nombre de tu dominio |
| DKIM | Firma cada mensaje para demostrar que no se ha modificado |
| DMARC | Indica qué hacer si fallan SPF o DKIM y te envía informes |

Un registro DMARC inicial podría ser: \`v=DMARC1; p=none; rua=mailto:dmarc@tudominio.es\`. Empieza con \`p=none\` para observar y pasa a \`p=quarantine\` cuando los informes estén limpios.

**Hábitos que protegen tu reputación:**

- Mantén la tasa de quejas por spam por debajo del 0,3 % (idealmente del 0,1 %).
- Da de baja a quien no abre ni hace clic en 6–12 meses, tras una campaña de reactivación.
- Envía desde un subdominio propio, por ejemplo \`news.tudominio.es\`.
- Aumenta el volumen de forma gradual si cambias de plataforma o de IP.`,
          },
        ],
      },
      {
        title: "Automatización y medición",
        lessons: [
          {
            title: "Secuencias automatizadas que convierten",
            durationMinutes: 20,
            body: `Las automatizaciones envían el mensaje adecuado cuando la persona hace algo, en lugar de esperar a la próxima newsletter. Suelen generar una parte desproporcionada de los ingresos del canal con muy poco trabajo recurrente.

**Cuatro secuencias esenciales:**

1. **Bienvenida** (3–5 emails): presenta la marca, entrega el incentivo y propone un primer paso.
2. **Carrito abandonado**: un recordatorio a la hora, otro a las 24 horas y, si acaso, un incentivo a las 48 horas.
3. **Post-compra**: instrucciones de uso, petición de reseña y productos complementarios.
4. **Reactivación**: para suscriptores inactivos, con una oferta o una pregunta directa antes de darlos de baja.

**Ejemplo de bienvenida para la tienda de café:**

| Día | Email | Objetivo |
|---|---|---|
| 0 | Tu guía y tu código del 10 % | Cumplir la promesa |
| 2 | Cómo elegir tu molienda | Aportar valor |
| 5 | Opiniones de clientes | Generar confianza |
| 8 | Tu código caduca mañana | Impulsar la primera compra |

Define siempre una **condición de salida**: si alguien compra el día 3, debe salir de la secuencia y no recibir el recordatorio del código. Pocas cosas restan más credibilidad que un descuento que llega justo después de pagar el precio completo.`,
          },
          {
            title: "Métricas de email que importan",
            durationMinutes: 16,
            body: `La tasa de apertura ya no es fiable. Desde 2021, la protección de privacidad de Apple Mail descarga las imágenes automáticamente y registra "aperturas" aunque nadie haya leído el mensaje. Úsala solo como indicador aproximado.

**Métricas más útiles:**

| Métrica | Cálculo | Para qué sirve |
|---|---|---|
| Tasa de clics | clics únicos ÷ emails entregados | Interés real en el contenido |
| Tasa de conversión | compras ÷ emails entregados | Impacto en el negocio |
| Ingresos por destinatario | ingresos ÷ emails entregados | Comparar campañas de distinto tamaño |
| Tasa de bajas | bajas ÷ emails entregados | Cansancio de la lista |
| Quejas de spam | quejas ÷ emails entregados | Riesgo de entregabilidad |

**Ejemplo:** la campaña A (20.000 envíos) genera 1.800 € y la B (5.000 envíos) genera 750 €. A parece mejor, pero por destinatario A obtiene 0,09 € y B 0,15 €. El segmento de B merece más atención.

**Buenas prácticas al medir:**

- Añade parámetros UTM a todos los enlaces para ver los resultados en tu herramienta de analítica.
- Prueba una sola variable en cada test A/B: asunto, oferta u hora de envío.
- Evalúa las automatizaciones frente a un grupo de control que no las recibe.`,
          },
        ],
      },
    ],
  },
  {
    slug: "marketing-analytics-with-ga4",
    title: "Marketing Analytics with GA4",
    providerSlug: "signal-marketing-lab",
    skillSlugs: ["digital-marketing", "data-analysis"],
    summary:
      "Measure what your marketing actually achieves: set up GA4 events and key events, enforce UTM discipline, compare attribution models and report with confidence.",
    description: `If you can't trust your numbers, every budget conversation turns into an argument. This course gives marketers a solid, practical grounding in measurement with Google Analytics 4 and the habits around it.

- Plan and implement GA4 events and key events
- Enforce consistent UTM tagging across a team
- Build funnel explorations and read them correctly
- Understand what attribution models can and can't tell you
- Design dashboards and A/B tests that support real decisions

Exercises use Google's public GA4 demo account, so you can practise on live data without touching your own property.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 300,
    priceAmount: 7900,
    currency: "USD",
    outcomes: [
      "Write a tracking plan using GA4's event model",
      "Create a UTM convention that keeps channel reports clean",
      "Build and interpret funnel explorations",
      "Explain the strengths and limits of attribution models",
      "Design a one-page marketing dashboard around decisions",
      "Plan A/B tests with an adequate sample size",
    ],
    requirements: [
      "A Google account to access the GA4 demo property",
      "Basic spreadsheet skills; no coding required",
    ],
    publishedDaysAgo: 63,
    modules: [
      {
        title: "Tracking foundations",
        lessons: [
          {
            title: "The GA4 event model",
            durationMinutes: 18,
            isPreview: true,
            body: `Google Analytics 4 records everything as an **event**. A page view, a scroll, a form submission and a purchase are all events, each with parameters that add detail.

| Type | Examples | Set up by |
|---|---|---|
| Automatically collected | \`first_visit\`, \`session_start\` | GA4, always on |
| Enhanced measurement | \`scroll\`, \`file_download\`, outbound \`click\` | A toggle in the data stream settings |
| Recommended | \`generate_lead\`, \`sign_up\`, \`purchase\` | You, using Google's names |
| Custom | \`demo_booked\`, \`calculator_used\` | You, with your own names |

Use recommended names where one fits – they unlock standard reports. E-commerce reports, for example, rely on \`purchase\` with \`value\` and \`currency\` parameters.

**Key events** (called conversions before 2024) are the events you mark as important to the business. Mark only a few: a lead, a sign-up, a purchase. If everything is a key event, nothing is.

**Example tracking-plan row:** event \`generate_lead\`; trigger: thank-you message after the demo form; parameters: \`form_id\` and \`value\` = 150 (estimated lead value); key event: yes.

Write the plan in a spreadsheet before touching Google Tag Manager – it becomes your documentation.`,
          },
          {
            title: "UTM parameters and channel grouping",
            durationMinutes: 14,
            body: `UTM parameters tell analytics tools where a visit came from when the referrer alone can't. Links in emails, paid social ads and QR codes all need them.

| Parameter | Purpose | Example |
|---|---|---|
| \`utm_source\` | The platform or sender | \`linkedin\`, \`newsletter\` |
| \`utm_medium\` | The type of channel | \`paid_social\`, \`email\`, \`cpc\` |
| \`utm_campaign\` | The specific initiative | \`q3_webinar_launch\` |
| \`utm_content\` | Which ad or link | \`carousel_v2\` |
| \`utm_term\` | Paid keyword (optional) | \`crm_software\` |

GA4 assigns sessions to **default channel groups** based on source and medium. Values are case-sensitive, so "Email" in one link and "e-mail" in another scatter your traffic, and unrecognised values end up in "Unassigned".

**UTM rules for a team:**

- Lowercase only, underscores instead of spaces.
- Keep a shared link-builder spreadsheet with drop-down lists for source and medium.
- Never tag internal links on your own site – it overwrites the original source and inflates sessions.
- Google Ads uses auto-tagging (\`gclid\`); don't add manual UTMs on top without a reason.

Audit monthly: filter the Traffic acquisition report to "Unassigned" to see where tagging broke.`,
          },
        ],
      },
      {
        title: "Analysis",
        lessons: [
          {
            title: "Funnels and explorations",
            durationMinutes: 20,
            body: `Standard GA4 reports answer common questions; **Explorations** let you ask your own. The funnel exploration is the most useful for marketers because it shows where people drop out.

**A sign-up funnel:**

| Step | Event | Users | Step completion |
|---|---|---|---|
| 1 | Landing page view | 10,000 | – |
| 2 | \`view_pricing\` | 2,800 | 28% |
| 3 | \`begin_sign_up\` | 900 | 32% |
| 4 | \`sign_up\` | 410 | 46% |

The biggest absolute loss is between landing and pricing. Breaking the funnel down by **device category** might reveal that mobile users rarely reach pricing because the link is buried in a menu – a concrete, fixable problem.

**Settings that change the answer:**

- **Open vs closed funnel** – an open funnel lets users enter at any step; a closed one requires step 1.
- **Directly vs indirectly followed by** – whether other events may occur between steps.
- **Time constraint** – for example, completing all steps within 30 minutes.
- **Date range and segments** applied to the exploration.

Always note these settings next to any funnel you share. Two people can build "the same" funnel and get different numbers, and the settings explain why.`,
          },
          {
            title: "Attribution models compared",
            durationMinutes: 18,
            body: `Attribution decides how credit for a conversion is shared among the touchpoints that led to it. The model you choose changes which channels look effective.

**Example journey:** a buyer clicks a LinkedIn ad, later finds a blog post through Google search, then returns from a newsletter and books a demo.

| Model | LinkedIn ad | Organic search | Email |
|---|---|---|---|
| Last click | 0% | 0% | 100% |
| First click | 100% | 0% | 0% |
| Linear | 33% | 33% | 33% |
| Data-driven (illustrative) | 45% | 20% | 35% |

GA4 uses **data-driven attribution** by default. In 2023 Google retired the first-click, linear, time-decay and position-based models in GA4, leaving data-driven and last click. You can still reason about the others in a spreadsheet or your CRM.

**Limits to keep in mind:**

- Attribution only sees trackable clicks; podcasts, word of mouth and private sharing go unseen.
- Consent choices and browser restrictions remove part of the data.
- Ad platforms each claim credit by their own rules, so their totals exceed your actual conversions.

For budget decisions, combine attribution with **incrementality tests** – for example, pausing a channel in one region and comparing results with a similar region.`,
          },
        ],
      },
      {
        title: "Reporting and testing",
        lessons: [
          {
            title: "Designing a marketing dashboard",
            durationMinutes: 16,
            body: `A marketing dashboard should support a short list of decisions, not display every metric available. Write the questions first, then choose the charts.

**Questions a monthly dashboard might answer:**

- Are we generating enough qualified leads to hit the pipeline target?
- Which channels are becoming more or less efficient?
- What changed since last month, and why?

**A simple layout:**

| Section | Contents |
|---|---|
| Headline KPIs | Leads, cost per lead, pipeline created – each against target and last period |
| Trend | 13-month line chart of leads by channel |
| Channel table | Sessions, leads, conversion rate, spend and cost per lead per channel |
| Notes | Three bullet points explaining the main changes |

**Design rules:**

- Put a comparison next to every number; "412 leads" means nothing without the target or prior period.
- Use consistent date ranges and write metric definitions at the bottom.
- Use line charts for trends and bar charts for comparisons; avoid pie charts with more than three slices.
- Keep each page to what fits on one screen.

Looker Studio connects directly to GA4 and Google Ads at no cost. For CRM data, a scheduled export to a spreadsheet or BigQuery works well.`,
          },
          {
            title: "Running a valid A/B test",
            durationMinutes: 20,
            body: `An A/B test randomly splits visitors between a control and a variant and compares one primary metric. Done carelessly, it produces confident conclusions from noise.

**Before the test:**

1. Write a hypothesis: "Showing prices on the landing page will increase demo requests, because prospects currently leave to find them."
2. Choose one primary metric, such as demo request rate.
3. Calculate the sample size. To detect a lift from 4.0% to 5.0% with 80% power at 95% confidence, you need roughly 6,700 visitors per variant.
4. Fix the duration in advance – at least one full week to cover weekday patterns.

**During and after:**

- Don't stop the moment results look significant; repeated peeking inflates false positives.
- Check the split is close to 50/50. A large imbalance (sample ratio mismatch) signals a tracking bug.
- Report the interval, not just a winner: "+0.9 points, 95% CI 0.2 to 1.6".

| Common mistake | Consequence |
|---|---|
| Changing five things at once | You can't tell what worked |
| Testing during a holiday sale | Results don't generalise |
| Too little traffic | Weeks of running with no conclusion |

If traffic is too low to test, make the change and monitor it instead.`,
          },
        ],
      },
    ],
  },
  {
    slug: "social-media-strategy-for-b2b-brands",
    title: "Social Media Strategy for B2B Brands",
    providerSlug: "signal-marketing-lab",
    skillSlugs: ["digital-marketing"],
    summary:
      "Build a focused social media strategy for a B2B brand: pick the right channels, plan a content mix, turn employees into advocates and measure what really matters.",
    description: `A free, practical introduction for marketers and founders who want social media to contribute to business goals rather than just fill a calendar.

You'll learn how to pick one or two channels that fit your audience, plan a sustainable content mix, and measure results in a way leadership takes seriously. The course focuses on LinkedIn and YouTube, where most B2B buyers spend their professional attention, with notes on other platforms.

You'll finish with a one-page social strategy for your own organisation.`,
    level: "beginner",
    language: "en",
    durationMinutes: 120,
    priceAmount: 0,
    currency: "GBP",
    outcomes: [
      "Choose social channels based on where your buyers actually are",
      "Plan a weekly content mix that educates, proves and promotes",
      "Set up an employee advocacy programme people want to join",
      "Select social metrics that match your business goal",
    ],
    requirements: ["No prior experience required"],
    publishedDaysAgo: 318,
    modules: [
      {
        title: "Planning",
        lessons: [
          {
            title: "Choosing channels and goals",
            durationMinutes: 12,
            isPreview: true,
            body: `Many B2B brands spread themselves across five platforms and do none of them well. A strategy starts by choosing where your buyers actually spend attention and what social media should achieve.

**Step 1: set one primary goal** – awareness among a defined audience, community around a product, event registrations, or recruiting. Each implies different content and metrics.

**Step 2: match channels to buyers.**

| Channel | Strong for | B2B fit |
|---|---|---|
| LinkedIn | Professional audiences, thought leadership, recruiting | High for most |
| YouTube | Tutorials, webinars, product demos; also a search engine | High for complex products |
| Instagram | Culture, visual products, employer brand | Situational |
| Reddit and niche communities | Developer and specialist audiences | High, but only if genuine |

**Step 3: audit what you have** – followers, posting frequency, average engagement and which posts led to website visits.

**Example:** a logistics software firm found that 80% of its social-sourced website visits came from LinkedIn and almost none from Instagram. It paused Instagram and used the time saved to post on LinkedIn four times a week and publish short YouTube product demos.`,
          },
          {
            title: "Planning a content mix",
            durationMinutes: 14,
            body: `A content mix keeps your feed useful rather than a stream of announcements. A common rule of thumb: most posts should help or interest the audience, and only a minority should promote.

**Four content types to rotate:**

- **Educate** – practical tips, frameworks, short how-tos: "Three checks before you sign a freight contract."
- **Prove** – customer stories, data, before-and-after results.
- **Humanise** – the people behind the company, behind-the-scenes moments, opinions.
- **Promote** – launches, webinars, offers.

**Sample weekly plan for LinkedIn:**

| Day | Type | Format |
|---|---|---|
| Monday | Educate | Document post with a checklist |
| Wednesday | Prove | Customer quote with a chart |
| Thursday | Humanise | Short video from an engineer |
| Friday | Promote | Webinar invitation |

**Repurpose everything.** One webinar can become a blog post, four short clips, a carousel and a quote graphic. That's how a small team sustains a steady schedule.

Write for the feed, not for your website: lead with a strong first line, keep paragraphs short, and make the point in the post itself instead of hiding it behind a link.`,
          },
        ],
      },
      {
        title: "Growth and measurement",
        lessons: [
          {
            title: "Employee advocacy and founder-led content",
            durationMinutes: 12,
            body: `On LinkedIn, people engage more with people than with company pages. Posts from employees and founders usually reach more of the right people than the same message from a brand account, which makes advocacy one of the highest-leverage B2B tactics.

**Building a programme people actually join:**

- Start with volunteers – five enthusiastic people beat fifty reluctant ones.
- Help each person find their own angle: a sales engineer shares implementation lessons, a recruiter shares hiring insights.
- Provide raw material, not scripts: weekly ideas, data points, images. Copy-pasted corporate text performs poorly and looks inauthentic.
- Publish a short guideline on confidentiality, disclosure and tone.
- Celebrate contributions internally.

**Founder-led content** works especially well for early-stage companies. A founder sharing honest lessons – a lost deal, a pricing mistake – builds trust that polished brand content can't.

**Example:** a 40-person software company asked six volunteers to post once a week about their work. After three months their combined reach was roughly five times the company page's, and two inbound demo requests mentioned an employee's post.

Track participation and results, but never make posting mandatory.`,
          },
          {
            title: "Measuring social beyond likes",
            durationMinutes: 12,
            body: `Likes feel good but rarely influence budget decisions. Choose metrics that match your goal and follow the path from post to business result.

| Goal | Primary metrics | Secondary metrics |
|---|---|---|
| Awareness | Impressions among the target audience, follower growth in target roles | Video views |
| Engagement | Engagement rate (engagements ÷ impressions), comments, shares | Saves |
| Traffic and leads | Clicks, UTM-tagged sessions, sign-ups | Cost per lead for paid posts |
| Recruiting | Careers page visits, applications | Employee post reach |

**Practical tips:**

- Use LinkedIn's follower demographics to check you're reaching the right job functions and industries, not just more people.
- Tag every link with UTM parameters so social traffic is visible in analytics.
- Add "How did you hear about us?" to demo forms. Many buyers see your posts but arrive later via search, which analytics credits to search.
- Review monthly: your top five posts by primary metric, and what they have in common.

**Example insight:** carousels with practical checklists earned twice the engagement rate of product announcements, so the team shifted its content mix accordingly.`,
          },
        ],
      },
    ],
  },
  // ---------------------------------------------------------------------------
  // Form & Function Design School
  // ---------------------------------------------------------------------------
  {
    slug: "ux-research-methods-interviews-to-insights",
    title: "UX Research Methods: From Interviews to Insights",
    providerSlug: "form-and-function-design",
    skillSlugs: ["ux-design"],
    summary:
      "Choose the right research method for each question, run user interviews that uncover real behaviour, and synthesise findings into insights your team acts on.",
    description: `Good design starts with understanding people, but many teams skip research or run it in a way that confirms what they already believed. This course teaches the core methods a product designer or PM needs to get reliable answers quickly.

- Choosing between interviews, usability tests, surveys, card sorts and analytics
- Writing a research plan stakeholders agree with
- Recruiting and screening participants
- Interviewing for real behaviour, not opinions
- Synthesising with affinity mapping and writing actionable insights

You'll plan and run two interviews of your own, with written feedback from an instructor on your discussion guide and synthesis.`,
    level: "beginner",
    language: "en",
    durationMinutes: 240,
    priceAmount: 4900,
    currency: "EUR",
    outcomes: [
      "Match research methods to the questions your team needs answered",
      "Write a one-page research plan with clear research questions",
      "Recruit the right participants using a behavioural screener",
      "Conduct interviews that focus on past behaviour",
      "Synthesise observations with affinity mapping",
      "Turn findings into actionable insights and a concise readout",
    ],
    requirements: [
      "No prior research experience needed",
      "Ability to schedule two 45-minute conversations with people in your target audience",
    ],
    publishedDaysAgo: 178,
    modules: [
      {
        title: "Planning research",
        lessons: [
          {
            title: "Choosing a research method",
            durationMinutes: 15,
            isPreview: true,
            body: `Research methods differ along two axes: **what people say vs what they do**, and **why and how (qualitative) vs how many (quantitative)**. Pick the method that fits the question, not the one you ran last time.

| Question | Method | Type |
|---|---|---|
| What problems do freelancers have with invoicing? | User interviews | Qualitative, attitudinal |
| Can people complete checkout? | Usability testing | Qualitative, behavioural |
| How do people group our help articles? | Card sorting | Mixed |
| How many users want dark mode? | Survey | Quantitative, attitudinal |
| Where do users drop off in onboarding? | Analytics funnel | Quantitative, behavioural |

**Rules of thumb:**

- Early on, when you don't understand the problem well, use qualitative methods to explore.
- Later, with specific designs or hypotheses, use tests and quantitative data to evaluate.
- Combine methods: analytics tells you *where* people struggle, interviews and tests tell you *why*.

**Example:** a banking app sees 40% of users abandon the "add payee" flow. Analytics located the problem; five usability sessions showed why – people didn't have the recipient's account details to hand and couldn't save a draft. Neither method alone would have solved it.`,
          },
          {
            title: "Writing a research plan",
            durationMinutes: 12,
            body: `A one-page research plan aligns the team before anyone talks to a user. It prevents the most common failure: interesting sessions that don't answer the question the team actually needed answered.

**Research plan template:**

- **Background** – what we know and why this matters now.
- **Research questions** – 3–5 things we need to learn. These are *not* interview questions. Example: "How do freelancers decide when to chase a late invoice?"
- **Method** – and why it fits the questions.
- **Participants** – who, how many, screening criteria.
- **Timeline** – recruiting, sessions, synthesis, readout.
- **Decisions** – what the team will do differently depending on the answers.

**Example timeline for a two-week study:**

| Days | Activity |
|---|---|
| 1–2 | Plan, align stakeholders |
| 3–6 | Recruit and schedule |
| 7–9 | Run 6–8 interviews |
| 10–12 | Synthesis |
| 13 | Readout with product and engineering |

Share the draft with the product manager and an engineer. Asking them "what would change your decision?" often reveals that the real research question is different from the one in the original request.`,
          },
        ],
      },
      {
        title: "User interviews",
        lessons: [
          {
            title: "Recruiting the right participants",
            durationMinutes: 14,
            body: `Talking to the wrong people produces confident but misleading findings. Recruiting deserves as much care as the interview guide.

**Write a screener** – a short survey that filters candidates by behaviour, not just demographics:

- "How many invoices did you send in the past month?" (0 / 1–5 / 6–20 / more than 20)
- "Which tool do you currently use to send invoices?"
- "When did you last chase a late payment?"

Avoid questions that reveal the "right" answer, such as "Do you use invoicing software?" – people who want the incentive will say yes.

**How many participants?** For exploratory interviews, 5–8 per distinct user group usually reveals the main themes; stop when new sessions stop surprising you. Recruit very different groups – freelancers and agency finance managers, say – separately.

| Source | Pros | Watch out for |
|---|---|---|
| Your own customers | Cheap, relevant | Skews towards happy users |
| Recruiting panels | Fast, targeted | Professional testers |
| Communities and social posts | Niche audiences | Slower |

Offer a fair incentive for participants' time – professionals expect more than consumers – and over-recruit by one or two to cover no-shows.`,
          },
          {
            title: "Asking questions that reveal behaviour",
            durationMinutes: 18,
            body: `People are poor at predicting their future behaviour and good at describing specific past events. Good interview questions focus on what actually happened.

| Avoid | Ask instead |
|---|---|
| "Would you use automatic payment reminders?" | "Tell me about the last time a client paid late. What did you do?" |
| "Do you find invoicing frustrating?" (leading) | "Walk me through how you sent your last invoice." |
| "How often do you chase payments?" (generalising) | "When did you last chase a payment? What happened next?" |

**Techniques that help:**

- **Ask for stories:** "Tell me about a time when…" yields detail and context.
- **Follow up on specifics:** "You said it was annoying – what exactly happened?"
- **Use silence.** Wait a few seconds after an answer; people often add the most useful detail then.
- **Don't pitch or defend** the product. If a participant criticises it, ask for more.
- **Ask to see artefacts:** spreadsheets, notes and screenshots reveal workarounds.

**A 45-minute session:** warm-up and context (5 min), past-behaviour stories (30 min), wrap-up with "Is there anything I should have asked?" (10 min).

Record with consent and have a colleague take notes so you can focus on listening.`,
          },
        ],
      },
      {
        title: "Synthesis",
        lessons: [
          {
            title: "Affinity mapping",
            durationMinutes: 16,
            body: `Affinity mapping turns a pile of raw observations into patterns. It works on a physical wall or a digital whiteboard such as FigJam or Miro.

**Process:**

1. **Extract observations** – one fact per sticky note, close to what the participant said or did, with a participant ID: "P3 keeps a spreadsheet of unpaid invoices and checks it every Friday."
2. **Cluster bottom-up** – group notes that feel related without deciding categories in advance.
3. **Name clusters with a sentence**, not a single word: "Freelancers feel awkward chasing clients they like", not "Emotions".
4. **Check the spread** – how many participants appear in each cluster? A cluster built from one talkative participant is weaker than one spanning six people.
5. **Arrange clusters into higher-level themes.**

**Tips:**

- Synthesise soon after the sessions, while memories are fresh.
- Work with at least one other person who can challenge interpretations.
- Keep observations and interpretations separate – use a different note colour for interpretations.
- Expect 20–40 notes per interview.

A good affinity map lets someone who missed every session understand, in ten minutes, what the team learned and how strong the evidence is.`,
          },
          {
            title: "Turning findings into insights",
            durationMinutes: 15,
            body: `A **finding** describes what you observed. An **insight** explains why it happens and what it means for the product. Teams act on insights, not on lists of findings.

| Finding | Insight |
|---|---|
| 6 of 8 freelancers delay chasing late invoices | Freelancers avoid chasing because they fear damaging client relationships, so reminders that come from "the system" rather than from them feel safer. |

**A useful insight format:** *[User group] [behaviour] because [underlying reason], which means [implication].*

**Make insights actionable:**

- Attach evidence: quotes, clips and the number of participants.
- Add **"How might we…"** questions: "How might we let freelancers chase payment without feeling pushy?"
- Rate confidence: high when seen across many participants and supported by data; low when based on one or two sessions.

**The readout:** keep it short – 30 minutes, about five key insights, two or three video clips and a clear recommendation for next steps. Clips of real users persuade more than any slide.

Finally, store insights in a searchable repository – even a well-tagged Notion database – so future projects start from what the organisation already knows.`,
          },
        ],
      },
    ],
  },
  {
    slug: "usability-testing-in-practice",
    title: "Usability Testing in Practice",
    providerSlug: "form-and-function-design",
    skillSlugs: ["ux-design"],
    summary:
      "Plan, moderate and analyse usability tests that find real problems: write realistic tasks, run moderated and remote sessions, and rate issues by severity.",
    description: `Usability testing is the fastest way to find out whether people can actually use what you've designed. This free course covers the practical craft of doing it well, whether you're in a lab, on a video call or using an unmoderated testing tool.

You'll plan a test for a sample banking app prototype, write tasks, moderate a pilot session and produce a short findings report with severity ratings.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 150,
    priceAmount: 0,
    currency: "USD",
    outcomes: [
      "Write realistic, non-leading test tasks",
      "Moderate sessions using think-aloud and neutral prompts",
      "Rate usability issues by severity and prioritise fixes",
      "Choose between moderated and unmoderated remote testing",
      "Report findings in a format teams act on",
    ],
    requirements: [
      "Basic familiarity with UX design or product development",
      "A prototype or live product to test, or use our sample prototype",
    ],
    publishedDaysAgo: 3,
    modules: [
      {
        title: "Running sessions",
        lessons: [
          {
            title: "Writing realistic tasks",
            durationMinutes: 12,
            isPreview: true,
            body: `A usability test is only as good as its tasks. A task should give participants a realistic goal and enough context to act, without telling them how to do it.

| Weak task | Why it fails | Better task |
|---|---|---|
| "Click the Transfers tab and send money." | Reveals the path | "You owe your flatmate £40 for the electricity bill. Pay them back using the app." |
| "Find the settings." | No real goal | "You're getting too many notifications. Make the app notify you only about payments." |
| "Explore the homepage." | Nothing to measure | "Find out whether this account charges a fee for using your card abroad." |

**Task-writing checklist:**

- [ ] Based on a goal real users have, ideally found in earlier research
- [ ] Avoids words that appear on buttons or menu labels
- [ ] Has a clear end point, so you can judge success
- [ ] Includes any data the participant needs (names, amounts, addresses)
- [ ] Ordered from simple to complex, or rotated between participants to limit learning effects

Plan four to six tasks for a 45-minute session. Pilot them with a colleague first – it's the cheapest way to catch confusing wording.`,
          },
          {
            title: "Moderating without leading",
            durationMinutes: 15,
            body: `The moderator's job is to observe natural behaviour. Every hint, reaction or leading question changes what you see.

**Ask participants to think aloud**, and explain it at the start: "Please say what you're looking at, what you expect to happen and anything that surprises you. We're testing the design, not you – there are no wrong answers."

**Neutral prompts when they go quiet or ask for help:**

- "What are you thinking right now?"
- "What would you do if I weren't here?"
- Echo their words – "This is confusing?" – and wait.
- Answer questions with questions: "What do you think that button does?"

**Avoid:**

- Nodding or saying "great" when they succeed – they'll start seeking your approval.
- Explaining the design. If you must rescue a stuck participant, record the task as failed first.
- Asking "Would you use this?" – hypothetical and unreliable.

**Roles:** one moderator and one note-taker; other observers watch remotely and never interrupt.

**Example:** a participant hovers over "Payees" for eight seconds, then chooses "Transfers". Instead of correcting them, you ask, "What were you expecting under Payees?" Their answer – "I thought that was for paying bills" – is the finding.`,
          },
        ],
      },
      {
        title: "Analysis and remote testing",
        lessons: [
          {
            title: "Rating severity and prioritising issues",
            durationMinutes: 14,
            body: `A test usually surfaces more issues than a team can fix at once. Severity ratings make prioritisation explicit and consistent.

A common scale, adapted from Jakob Nielsen's:

| Rating | Meaning | Example |
|---|---|---|
| 4 – Critical | Prevents task completion | Users can't find how to add a new payee |
| 3 – Major | Causes significant delay or errors | Users type the sort code into the account number field |
| 2 – Minor | Causes hesitation; users recover | Unclear icon next to "Statements" |
| 1 – Cosmetic | Noticed, no impact on success | Inconsistent capitalisation |

Severity combines **frequency** (how many participants hit it), **impact** (how badly it affects them) and **persistence** (whether users learn to overcome it).

**Reporting issues well:**

- One issue per row, with the task, what happened, how many participants and a clip or screenshot.
- Keep observation separate from recommendation.
- Include positive findings – what worked and should be kept.

**Example:** 4 of 5 participants failed to change notification preferences because the option sat under "Privacy". Rated 3 (major, but not blocking a core task). Recommendation: move it to "Notifications" and retest.

With five participants, don't report percentages – say "4 of 5".`,
          },
          {
            title: "Remote and unmoderated testing",
            durationMinutes: 13,
            body: `Remote testing removes travel and widens your participant pool. It comes in two forms.

| | Moderated remote | Unmoderated remote |
|---|---|---|
| Setup | Video call with screen sharing | Participants follow written tasks in a testing tool (e.g. Maze, Lyssna, UserTesting) |
| Facilitator | Present, can probe | None |
| Best for | Complex flows, early prototypes, exploratory questions | Clear tasks, larger samples, quick comparisons |
| Typical size | 5–8 | 15–50 or more |
| Main risk | Scheduling effort | Shallow feedback, skipped tasks |

**Making unmoderated tests work:**

- Write tasks that are fully self-explanatory – nobody can clarify.
- Add a check question after each task ("What fee did you find?") to verify success.
- Screen participants, and discard sessions from speeders or people who stay silent.
- Keep the whole test under 20 minutes.

**Moderated remote tips:**

- Ask participants to share their whole screen and silence notifications.
- Send the prototype link only when the session starts.
- Have a fallback if the prototype won't load, such as a second link.

Many teams combine both: moderated sessions to understand problems, then unmoderated tests to check fixes at scale.`,
          },
        ],
      },
    ],
  },
  {
    slug: "interaction-design-principles",
    title: "Interaction Design Principles",
    providerSlug: "form-and-function-design",
    skillSlugs: ["ui-design", "ux-design"],
    summary:
      "Design interfaces that feel obvious: apply affordances, feedback, mental models, Fitts's law and error prevention to forms, navigation and everyday components.",
    description: `Interaction design is the difference between an interface that merely looks good and one people understand without thinking. This course covers the principles behind that difference and applies them to the components you design every day.

- Affordances, signifiers and mental models
- Feedback, response times and system status
- Fitts's and Hick's laws, with practical sizing and layout guidance
- Forms and error handling that reduce drop-off

Each module includes a critique exercise: you'll redesign a flawed checkout flow and receive written feedback from a tutor.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 240,
    priceAmount: 7900,
    currency: "GBP",
    outcomes: [
      "Use signifiers and conventions so interactions are discoverable",
      "Design feedback that matches system response times",
      "Apply Fitts's law to target size and placement",
      "Reduce choice overload with defaults and progressive disclosure",
      "Design forms and error messages that people complete",
    ],
    requirements: [
      "Working knowledge of a design tool such as Figma",
      "Some experience designing screens or user flows",
    ],
    publishedDaysAgo: 121,
    modules: [
      {
        title: "Foundations",
        lessons: [
          {
            title: "Affordances, signifiers and mental models",
            durationMinutes: 14,
            isPreview: true,
            body: `Don Norman's vocabulary gives designers precise words for why an interface feels obvious or confusing.

- **Affordance** – what an object allows a person to do. A button affords pressing; a slider affords dragging.
- **Signifier** – the perceivable cue that communicates the affordance: a raised shape, an underline, a drag handle.
- **Mental model** – the user's internal explanation of how something works, built from experience.

Many usability problems arise when signifiers are missing or when the design contradicts the user's mental model.

| Problem | Example | Fix |
|---|---|---|
| Missing signifier | Plain text that is secretly clickable | Style links consistently; use button shapes for actions |
| False signifier | A heading styled like a button that does nothing | Remove button styling from non-interactive elements |
| Model mismatch | A "Save" button in an app that already autosaves | Show "All changes saved" and remove the button |

**Example:** shoppers expect the basket icon in the top-right corner because almost every shop puts it there. Jakob's law sums this up: users spend most of their time on *other* sites, so they expect yours to work the same way.

Follow conventions unless you have evidence that breaking them helps.`,
          },
          {
            title: "Feedback and system status",
            durationMinutes: 14,
            body: `"Visibility of system status" is the first of Jakob Nielsen's ten usability heuristics: the system should keep users informed about what's going on, through appropriate feedback within a reasonable time.

**Classic response-time limits:**

| Delay | Perception | Design response |
|---|---|---|
| About 0.1 s | Feels instant | No indicator needed |
| About 1 s | Noticeable, flow maintained | Subtle feedback such as a pressed state |
| About 10 s | Limit of attention | Progress indicator, ideally showing steps or percentage |
| Longer | Users switch tasks | Let them leave and notify on completion |

**Types of feedback:**

- **Acknowledgement** – the button changes state on tap.
- **Progress** – spinners for short waits, determinate bars for long ones.
- **Outcome** – a message that says what happened: "£40 sent to Sam", not just "Success".
- **State** – toggles, selected tabs and badges that show the current status.

**Example:** a file upload with no progress bar leads users to press "Upload" again, creating duplicates. Adding a determinate progress bar and disabling the button during upload removes both the duplicates and the related support tickets.

Keep feedback proportional: a full-screen modal for saving a draft is as unhelpful as silence after a failed payment.`,
          },
        ],
      },
      {
        title: "Laws of interaction",
        lessons: [
          {
            title: "Fitts's law and target sizes",
            durationMinutes: 12,
            body: `**Fitts's law** predicts that the time to reach a target depends on its distance and its size: large, close targets are fast to hit; small, distant ones are slow and error-prone.

**Practical consequences:**

- Make primary actions large and place them where the user's thumb or cursor already is.
- Screen edges and corners act like infinitely deep targets for a mouse – one reason the macOS menu bar sits at the top edge.
- Keep destructive actions away from frequent ones, so a slip doesn't delete data.
- Enlarge the clickable area, not just the visible icon; padding counts.

**Minimum target size guidance:**

| Source | Recommendation |
|---|---|
| Apple Human Interface Guidelines | 44 × 44 pt |
| Material Design | 48 × 48 dp |
| WCAG 2.2, criterion 2.5.8 (AA) | At least 24 × 24 CSS px, or sufficient spacing |

**Example:** a mobile checkout shows "Pay now" as a small text link beside a large "Continue shopping" button. Swapping their visual weight and placing "Pay now" at the bottom of the screen, in easy thumb reach, reduces mis-taps and speeds up checkout.

Always check layouts on a real phone, used with one hand.`,
          },
          {
            title: "Hick's law and choice overload",
            durationMinutes: 12,
            body: `**Hick's law** (the Hick–Hyman law) states that decision time grows with the number of choices – roughly logarithmically for equally likely options. Every extra option makes a decision a little slower and a little harder.

This doesn't mean "always show fewer options". Familiar, well-ordered lists, such as an alphabetical list of countries, are scanned quickly. The problem is many **unfamiliar** options presented with **equal weight**.

**Techniques to reduce choice cost:**

- **Recommend a default** – highlight the most common plan, shipping option or setting.
- **Progressive disclosure** – show the essentials first and put advanced options behind a link.
- **Chunking** – group related options under clear headings.
- **Remove options** almost nobody uses – check your analytics first.

**Example: a pricing page**

| Before | After |
|---|---|
| Five plans, 40 feature rows, billing toggle hidden | Three plans, a "Most popular" badge on the middle one, eight key features and a "Compare all features" link |

After the change, more visitors started a trial and fewer pre-sales emails asked "which plan do I need?".

Test simplifications: removing an option that a vital minority depends on creates a new problem.`,
          },
        ],
      },
      {
        title: "Applying the principles",
        lessons: [
          {
            title: "Designing forms people finish",
            durationMinutes: 16,
            body: `Forms are where many products make or lose money: sign-ups, checkouts, applications. Small details have a big effect on completion.

**Form design checklist:**

- [ ] Ask only for what you need now; collect the rest later
- [ ] Use one column – multi-column layouts make people skip fields
- [ ] Place labels above fields, always visible (placeholders vanish as you type)
- [ ] If most fields are required, mark the optional ones instead
- [ ] Use the right input types, e.g. \`type="email"\` and \`inputmode="numeric"\`, so mobile keyboards adapt
- [ ] Support autofill with correct \`autocomplete\` values such as \`given-name\` and \`postal-code\`
- [ ] Validate a field after the user leaves it, not on every keystroke
- [ ] Label the button with what happens: "Create account", not "Submit"

**Example:** an insurance quote form asked for 22 fields on one page, including fax number. The redesign removed six fields, split the rest into three steps with a progress indicator, and filled in the address from the postcode. Completion rose and phone calls about the form fell.

Measure field-level drop-off in your analytics to see exactly where people give up.`,
          },
          {
            title: "Preventing and recovering from errors",
            durationMinutes: 14,
            body: `People will make mistakes; good design makes errors less likely and easy to recover from. Norman distinguishes **slips** (right goal, wrong action – tapping the wrong button) from **mistakes** (wrong goal, caused by a faulty mental model).

**Prevention techniques:**

- **Constraints** – a booking date picker that disables past dates.
- **Good defaults** – pre-select the most common option.
- **Confirmation for destructive, irreversible actions** – used sparingly, or people click through without reading.
- **Undo** – often better than confirmation: "Email archived. Undo".

**Writing error messages:**

| Bad | Good |
|---|---|
| "Error 422" | "That card number is too short. Check you've entered all 16 digits." |
| "Invalid input" | "Enter a date in the future, like 14/08/2026." |
| "Something went wrong" | "We couldn't save your changes because you're offline. We'll try again when you reconnect." |

A good message says **what happened**, **why** (if useful) and **how to fix it**, in plain language, next to the field concerned.

**Preserve input:** never clear a form after a validation error. Having to retype everything is one of the most common reasons people abandon a form.`,
          },
        ],
      },
    ],
  },
  {
    slug: "design-systems-tokens-components-governance",
    title: "Design Systems: From Tokens to Governance",
    providerSlug: "form-and-function-design",
    skillSlugs: ["ui-design", "ux-design"],
    summary:
      "Build and scale a design system that teams actually adopt: design tokens, component APIs, documentation, versioning and a contribution model that lasts.",
    description: `For senior designers, design engineers and design leads who are building or rescuing a design system across multiple teams.

The hard part of a design system is rarely drawing the components. It's naming, APIs, documentation, releases and getting dozens of people to adopt it. This course focuses on those decisions, with examples from organisations of different sizes.

- Token architecture: primitive, semantic and component tiers
- Component APIs that are hard to misuse
- Documentation, versioning and migrations
- Governance and contribution models

You'll produce a token structure, a component specification and a governance proposal for your organisation, each reviewed by an instructor.`,
    level: "advanced",
    language: "en",
    durationMinutes: 360,
    priceAmount: 19900,
    currency: "USD",
    outcomes: [
      "Decide when a design system is worth the investment",
      "Design a tiered token architecture that supports theming",
      "Specify component APIs aligned between Figma and code",
      "Write documentation that answers questions in under a minute",
      "Run releases with semantic versioning and migration support",
      "Set up governance and a contribution process that scales",
    ],
    requirements: [
      "Experience designing or building UI components in Figma or code",
      "Familiarity with how product teams ship software",
    ],
    publishedDaysAgo: 289,
    modules: [
      {
        title: "Foundations",
        lessons: [
          {
            title: "What a design system is (and isn't)",
            durationMinutes: 15,
            isPreview: true,
            body: `A design system is a shared set of standards, reusable components and documentation that lets many teams build consistent products efficiently. It's a product in its own right, with users (designers and engineers), a roadmap and maintenance costs.

**It is more than a UI kit.** A Figma library isn't a design system if the coded components don't match, nobody knows how to use them and nobody owns them.

| Layer | Contents | Example |
|---|---|---|
| Foundations | Tokens for colour, type, spacing, elevation, motion | \`color.text.primary\` |
| Components | Buttons, inputs, modals, tables – in design and code | \`<Button variant="primary">\` |
| Patterns | Combinations that solve recurring problems | Empty states, filtering, form validation |
| Guidance | Principles, content style, accessibility rules | "Use sentence case for labels" |

**When is it worth it?** When several teams or products share UI and inconsistency or duplicated effort is costing you. A single small team with one product may only need a component library and a few conventions.

**Example:** a fintech with four product squads counted 17 different button styles in production. Consolidating them into one coded Button component removed the inconsistency and cut time spent on visual review.`,
          },
          {
            title: "Design tokens",
            durationMinutes: 20,
            body: `**Design tokens** are named values for design decisions – colours, spacing, type sizes, radii, shadows – stored in a platform-neutral format and transformed into code for each platform, such as CSS custom properties, iOS and Android.

Mature systems use tiers:

| Tier | Example | Purpose |
|---|---|---|
| Primitive | \`blue-600: #1D4ED8\` | The raw palette |
| Semantic | \`color-action-primary → blue-600\` | Meaning, not appearance |
| Component | \`button-primary-bg → color-action-primary\` | Local overrides where needed |

Components should reference **semantic** tokens. A rebrand or dark mode then becomes a change of token values, not a hunt through hundreds of components.

\`\`\`json
{
  "color": {
    "text": {
      "primary": { "$value": "{gray.900}", "$type": "color" }
    }
  }
}
\`\`\`

The Design Tokens Community Group format shown above (with \`$value\` and \`$type\`) is increasingly supported by tools, and Style Dictionary is a widely used build tool for turning tokens into platform code.

**Naming tips:**

- Name by purpose: \`color-border-danger\`, not \`red-light\`.
- Keep a consistent order: category, property, variant, state.
- Don't create a token for every one-off value – that's just a spreadsheet of exceptions.`,
          },
        ],
      },
      {
        title: "Components",
        lessons: [
          {
            title: "Designing component APIs",
            durationMinutes: 20,
            body: `A component's API – its props in code and its properties in Figma – determines how easy it is to use correctly and how hard it is to misuse.

**Principles:**

- **Model intent, not styling.** \`variant="danger"\` rather than \`color="red"\`. Intent survives a rebrand.
- **Limit options.** Every boolean doubles the combinations you must design, test and document.
- **Prefer enums to clashing booleans.** \`size="sm"\`, \`"md"\` or \`"lg"\` instead of \`small\` and \`large\` flags that could both be true.
- **Use composition for flexibility.** A \`Card\` with \`Card.Header\` and \`Card.Body\` slots beats a dozen layout props.
- **Match names across design and code**, so Figma properties map directly to props.

| Smell | Better |
|---|---|
| \`<Button blue big rounded>\` | \`<Button variant="primary" size="lg">\` |
| \`<Modal hideHeader hideFooter noPadding>\` | A \`<Modal>\` composed from optional parts |
| \`className\` overrides everywhere | Add the missing variant, or question the use case |

**Example:** a team found style overrides on 40% of Button usages. Most were recreating a missing "ghost" style; adding a \`ghost\` variant removed nearly all overrides.

Treat API changes as breaking changes – they affect every consumer.`,
          },
          {
            title: "Documentation that gets used",
            durationMinutes: 16,
            body: `Documentation is the interface to your design system. If people can't find an answer in under a minute, they'll build their own component instead.

**What each component page needs:**

1. A **live example**, with the most common usage first
2. **When to use and when not to** – "Use a toast for brief confirmations. Don't use it for errors that need action."
3. **Variants and states**, shown visually
4. A **props table** with types and defaults
5. **Accessibility notes** – keyboard behaviour, roles, focus management
6. **Content guidance** – label length, capitalisation, tone
7. **Related components** – "Need a persistent message? See Banner."

**Practical tips:**

- Generate props tables from code (for example, Storybook's autodocs) so they never drift.
- Include do/don't image pairs; they're scanned faster than paragraphs.
- Make every page searchable and linkable.
- Show a status on each component: experimental, stable or deprecated.

**Measure it:** page views, searches with no results and questions in your support channel. If the same question appears in chat three times, the answer belongs in the docs.

**Example:** adding a "When not to use" section to the Modal page noticeably reduced modal-on-modal designs arriving at design review.`,
          },
        ],
      },
      {
        title: "Scaling the system",
        lessons: [
          {
            title: "Versioning and releases",
            durationMinutes: 15,
            body: `Consumers need to know whether an update is safe to install. **Semantic versioning** (MAJOR.MINOR.PATCH) is the common contract:

| Change | Version bump | Example |
|---|---|---|
| Bug fix, no API change | Patch: 3.4.1 → 3.4.2 | Fix the focus ring on Checkbox |
| Backwards-compatible feature | Minor: 3.4.2 → 3.5.0 | Add a \`ghost\` variant to Button |
| Breaking change | Major: 3.5.0 → 4.0.0 | Rename the \`type\` prop to \`variant\` |

**Breaking changes include** removing or renaming props, changing defaults, and visual changes that could break layouts, such as altering a component's built-in spacing.

**Release practices that build trust:**

- Publish a changelog for every release, written for consumers: what changed, why and how to migrate.
- **Deprecate before removing** – keep the old prop working, with a console warning, for at least one minor release.
- Provide **codemods** for large migrations: scripts that rewrite usages automatically.
- Version the Figma library alongside the code and note which versions match.
- Release on a predictable cadence, such as every two weeks.

**Example:** one team shipped v4 with a renamed prop and no migration guide, and adoption stalled for months. For v5 they shipped a codemod and a guide, and most product teams upgraded within a sprint.`,
          },
          {
            title: "Governance and contribution",
            durationMinutes: 18,
            body: `Governance answers two questions: who decides what goes into the system, and how can other teams contribute? Without it, a system becomes either a bottleneck or a free-for-all.

| Model | How it works | Risk |
|---|---|---|
| Centralised | A dedicated team builds everything | Bottleneck, out of touch with product needs |
| Federated | Product-team designers and engineers contribute part-time | Uneven quality, slow decisions |
| Hybrid | A small core team sets standards and reviews; product teams contribute | Needs a clear process |

Most mature organisations end up with a **hybrid** model.

**A contribution process:**

1. **Propose** – open an issue describing the problem, not the solution, and show where it occurs in at least two products.
2. **Review** – the core team checks for overlap with existing components.
3. **Build** – the contributor builds it, paired with the core team, following standards and accessibility checks.
4. **Release** – first as experimental, then promoted to stable after real use.

**Measure adoption, not output:** the share of product UI built from system components, the number of detached Figma instances, and the time needed to build a standard screen. A system with 200 components and 20% adoption is failing.

Hold regular office hours – most good contributions start as a conversation.`,
          },
        ],
      },
    ],
  },
  {
    slug: "accessibility-for-designers-wcag-essentials",
    title: "Accessibility for Designers: WCAG Essentials",
    providerSlug: "form-and-function-design",
    skillSlugs: ["ux-design", "ui-design"],
    summary:
      "Design products everyone can use: apply WCAG 2.2 to colour contrast, focus states, forms and content, and annotate your designs so accessibility survives handoff.",
    description: `Accessibility is often treated as a developer's checklist at the end of a project, but many of the most important decisions are made in design. This free course gives designers a practical working knowledge of WCAG 2.2 level AA.

- The POUR principles and how conformance levels work
- Colour contrast, focus states and keyboard interaction
- Accessible forms, error messages and content
- Annotating designs so accessibility survives handoff

Examples are mapped to specific WCAG success criteria, so you can cite them in design reviews and audits.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 180,
    priceAmount: 0,
    currency: "EUR",
    outcomes: [
      "Explain the POUR principles and WCAG conformance levels",
      "Check and fix colour contrast for text and interface components",
      "Design visible focus states and logical focus order",
      "Design accessible forms with clear labels and error messages",
      "Write useful alternative text and accessible link text",
      "Annotate designs with accessibility details for developers",
    ],
    requirements: ["Experience designing interfaces in Figma or a similar tool"],
    publishedDaysAgo: 345,
    modules: [
      {
        title: "Foundations",
        lessons: [
          {
            title: "Why accessibility matters and how WCAG works",
            durationMinutes: 12,
            isPreview: true,
            body: `The WHO estimates that about 1.3 billion people – roughly one in six – live with a significant disability. Add temporary and situational limitations, such as a broken arm or bright sunlight on a phone screen, and accessible design benefits almost everyone.

The **Web Content Accessibility Guidelines (WCAG)** are the international standard. WCAG 2.2, published in 2023, is organised around four principles known as **POUR**:

| Principle | Meaning | Example criterion |
|---|---|---|
| Perceivable | Users can perceive the content | Text alternatives for images |
| Operable | Users can operate the interface | Everything works with a keyboard |
| Understandable | Content and behaviour are clear | Form errors are identified and described |
| Robust | Works with assistive technologies | Components expose correct names and roles |

Each success criterion has a level – **A**, **AA** or **AAA**. Most laws and procurement rules, including the European Accessibility Act (applicable since June 2025), point to **level AA**.

**Many accessibility decisions are made by designers** long before code: colour, type size, focus styles, labels and content. Fixing them in design is far cheaper than retrofitting after launch.

**Example:** a redesigned banking app used light-grey placeholder text instead of labels – a design decision that failed AA contrast and left low-vision users guessing.`,
          },
          {
            title: "Colour and contrast",
            durationMinutes: 14,
            body: `WCAG sets minimum contrast ratios between foreground and background colours. Ratios range from 1:1 (no contrast) to 21:1 (black on white).

| Content | Level AA | Level AAA |
|---|---|---|
| Normal text | 4.5:1 | 7:1 |
| Large text (at least 24 px, or 18.66 px bold) | 3:1 | 4.5:1 |
| UI components and meaningful graphics (input borders, icons, chart lines) | 3:1 | – |

**Examples on a white background:**

- \`#767676\` gives about 4.5:1 – the lightest grey that passes for body text.
- \`#999999\` gives about 2.8:1 – a fail, even if it looks fine on a high-end monitor.

**Don't rely on colour alone** (criterion 1.4.1). A form that marks errors only with a red border fails people with colour vision deficiency – around 1 in 12 men and 1 in 200 women. Add an icon and a text message. In charts, combine colour with labels or patterns.

**Tools:** contrast plugins for Figma, the WebAIM Contrast Checker and browser developer tools all calculate ratios.

**Tip:** define approved text/background pairs in your colour tokens, so every combination in the system is checked once, centrally.`,
          },
        ],
      },
      {
        title: "Interaction",
        lessons: [
          {
            title: "Keyboard and focus design",
            durationMinutes: 14,
            body: `Many people navigate without a mouse: screen reader users, people with motor impairments and keyboard power users. Everything must work with a keyboard (criterion 2.1.1), and users must be able to see where they are.

**Focus indicator essentials:**

- Never remove the focus outline without a replacement (2.4.7 Focus Visible).
- Make it obvious: a solid outline of at least 2 px with 3:1 contrast against its surroundings is a robust baseline.
- Focused elements must not be hidden behind sticky headers or cookie banners (2.4.11 Focus Not Obscured, new in WCAG 2.2).

**Focus order** should follow the visual reading order. Annotate it for complex layouts, such as a two-column checkout.

**Expected keyboard behaviour:**

| Component | Keys |
|---|---|
| Button | Enter and Space activate |
| Link | Enter activates |
| Modal dialog | Focus moves in; Tab stays inside; Esc closes; focus returns to the trigger |
| Tabs | Arrow keys move between tabs |
| Menu | Arrow keys move; Esc closes |

**Add a "Skip to main content" link** as the first focusable element, so keyboard users don't tab through the whole navigation on every page.

Test your own prototype: put the mouse away and try to complete the main task.`,
          },
          {
            title: "Accessible forms",
            durationMinutes: 15,
            body: `Forms are where accessibility failures most often block people from essential tasks – booking, paying, applying.

**Design rules:**

- **A visible label for every field** (3.3.2). Placeholders are not labels: they disappear on input and usually fail contrast.
- **Group related fields** under a visible legend, such as "Delivery address".
- **Indicate required fields in text**, not only with colour. An asterisk explained at the top of the form is fine.
- **Put hints before the field**, not in tooltips: "At least 8 characters, including a number."
- **Describe errors in text** (3.3.1, 3.3.3): name the field and explain the fix, next to the field, with a summary at the top of long forms.
- **Don't ask twice** for information already given in the same process (3.3.7 Redundant Entry, new in 2.2).
- **Accessible authentication** (3.3.8): no memory puzzles; allow password managers and pasting.

**Example error state:**

| Fails | Passes |
|---|---|
| Red border only | Warning icon plus "Enter your date of birth as DD/MM/YYYY" below the field |

**Annotate in your design file:** label text, accessible names for icon buttons and the error message for each validation rule.`,
          },
        ],
      },
      {
        title: "Content and handoff",
        lessons: [
          {
            title: "Alternative text and accessible content",
            durationMinutes: 13,
            body: `Screen readers announce an image's **alternative text**. Good alt text conveys the image's purpose in context, not a literal description of pixels.

| Image | Context | Alt text |
|---|---|---|
| Smiling support agent | Decorative header | Empty \`alt=""\`, so screen readers skip it |
| Bar chart of monthly sales | Report showing growth | "Sales grew from €20k in January to €45k in June." |
| Magnifying-glass icon button | Search | "Search" |
| Company logo linking home | Site header | "Acme – home" |

**Rules of thumb:**

- Don't start with "Image of…" – screen readers already announce that it's an image.
- Keep it short; put long explanations in visible text.
- Avoid text in images. If you can't, repeat the text in the alt text.

**Content accessibility is design work too:**

- **Headings** in a logical hierarchy (H1 → H2 → H3); many screen reader users navigate by headings.
- **Link text** that makes sense out of context: "Download the 2025 price list (PDF, 2 MB)", not "click here".
- **Plain language**: short sentences, common words, one idea per paragraph.
- **Captions** for video and transcripts for audio.

Write alt text in the design file next to each image, so it isn't left to whoever builds the page.`,
          },
          {
            title: "Annotating designs for developers",
            durationMinutes: 15,
            body: `Developers can't implement accessibility intentions they can't see. **Accessibility annotations** make those intentions explicit in the design file.

**What to annotate:**

- [ ] **Heading levels** for each text style used as a heading
- [ ] **Landmarks**: header, navigation, main, footer
- [ ] **Focus order**, with numbered markers for complex layouts
- [ ] **Accessible names** for icon-only buttons ("Close dialog", "Add to favourites")
- [ ] **Alt text**, or "decorative", for every image
- [ ] **States**: expanded, selected, disabled, error
- [ ] **Keyboard interactions** for custom components
- [ ] **Announcements** a screen reader should make when content changes ("24 results")

**Example: search filter panel**

| # | Element | Annotation |
|---|---|---|
| 1 | "Filters" button | Name "Filters"; \`aria-expanded\` true or false |
| 2 | Filter panel | Receives focus on open; Esc closes and returns focus to #1 |
| 3 | Results count | Announced politely when filters change |

Free annotation kits in the Figma Community provide ready-made stamps. Agree with engineers which annotations they need, then use them consistently.

Finally, review the built component with a screen reader such as VoiceOver or NVDA. Annotations prevent most issues; testing catches the rest.`,
          },
        ],
      },
    ],
  },
  {
    slug: "ui-typography-and-layout",
    title: "UI Typography and Layout",
    providerSlug: "form-and-function-design",
    skillSlugs: ["ui-design"],
    summary:
      "Make interfaces clearer with type and space: choose typefaces, build a type scale, set line length and spacing, and lay out screens on a consistent grid.",
    description: `Typography and spacing do most of the work in a good interface, yet they're often chosen by eye and applied inconsistently. This short course gives you systematic, repeatable rules.

- Choosing legible typefaces for product UI
- Building a type scale and clear hierarchy
- Spacing scales and the principle of proximity
- Column grids and responsive layout

You'll finish by restyling a cluttered dashboard screen using a type scale, spacing tokens and a 12-column grid.`,
    level: "beginner",
    language: "en",
    durationMinutes: 120,
    priceAmount: 2900,
    currency: "GBP",
    outcomes: [
      "Select typefaces suited to interface text",
      "Build a type scale with matching line heights",
      "Create visual hierarchy with size, weight, colour and space",
      "Apply a 4/8-point spacing scale using proximity",
      "Set up responsive column grids for mobile, tablet and desktop",
    ],
    requirements: ["Access to Figma (the free plan is fine)"],
    publishedDaysAgo: 233,
    modules: [
      {
        title: "Typography",
        lessons: [
          {
            title: "Choosing typefaces for interfaces",
            durationMinutes: 12,
            isPreview: true,
            body: `Interface typography is mostly about **legibility at small sizes** and **clear hierarchy**, not expressive display fonts.

**What to look for in a UI typeface:**

- A generous **x-height** (the height of lowercase letters), which keeps text readable at 14–16 px.
- Distinct letterforms: capital I, lowercase l and the numeral 1 should be easy to tell apart, as should 0 and O.
- A range of weights – at least regular, medium and bold.
- **Tabular figures** for tables and prices, so digits line up in columns.
- Language support for every market you serve.

| Typeface | Notes |
|---|---|
| Inter | Designed for screens, tabular figures, free |
| Source Sans 3 | Open source, wide language coverage |
| IBM Plex Sans | Matching serif and mono families |
| System UI (SF Pro, Segoe UI, Roboto) | No download, feels native on each platform |

**Pairing:** one family with several weights is usually enough for product UI. If you pair, contrast clearly – a serif for marketing headlines with a sans-serif for body text – rather than combining two similar sans-serifs.

**Test with real content:** names, numbers, long German compound words and error messages. A font that looks elegant in a specimen can fail in a dense settings screen.`,
          },
          {
            title: "Type scales and hierarchy",
            durationMinutes: 14,
            body: `A **type scale** is a limited set of font sizes, usually derived from a base size and a ratio. It creates consistent hierarchy and stops "14.5 px here, 15 px there" drift.

**Example:** base 16 px, ratio 1.25 (a major third) for larger sizes, rounded, plus two hand-picked smaller sizes.

| Token | Size | Line height | Use |
|---|---|---|---|
| text-xs | 12 px | 16 px | Captions, metadata |
| text-sm | 14 px | 20 px | Secondary text, table cells |
| text-md | 16 px | 24 px | Body |
| text-lg | 20 px | 28 px | Subheadings |
| text-xl | 25 px | 32 px | Section headings |
| text-2xl | 31 px | 40 px | Page titles |

Product UIs often need a smaller ratio than marketing pages, because many levels of hierarchy share one screen.

**Hierarchy uses more than size:**

- **Weight** – medium or semibold for labels and headings.
- **Colour** – a lighter grey for secondary text, still meeting 4.5:1 contrast.
- **Space** – more space above a heading than below, so it groups with its content.
- **Case** – use uppercase sparingly, with slightly increased letter spacing.

**Line length:** aim for roughly 45–75 characters per line of body text, and set a \`max-width\` on text containers.`,
          },
        ],
      },
      {
        title: "Layout",
        lessons: [
          {
            title: "Spacing systems and the 8-point grid",
            durationMinutes: 12,
            body: `Consistent spacing makes an interface feel calm and ordered, even if users can't say why. The most common approach is a **spacing scale based on multiples of 4 or 8 px**.

**Example scale:** 4, 8, 12, 16, 24, 32, 48, 64.

Why 8? Common screen widths divide evenly by 8, and values scale cleanly on displays with 1.5× or 2× pixel density. A 4 px half-step handles small gaps, such as between an icon and its label.

**The principle of proximity:** related items sit closer together than unrelated ones. Spacing is a grouping tool, not decoration.

| Relationship | Typical spacing |
|---|---|
| Icon to its label | 4–8 px |
| Label to its input | 4–8 px |
| Between form fields | 16–24 px |
| Between sections | 32–64 px |

**Example:** a settings page uses 16 px everywhere. Each label floats halfway between two inputs, so users can't tell which label belongs to which field. Reducing label-to-input spacing to 4 px and increasing field-to-field spacing to 24 px fixes it, with no other changes.

**Tips:**

- Use Figma auto layout with spacing tokens instead of nudging by hand.
- Take component padding from the same scale.
- When in doubt, add more space between groups, not within them.`,
          },
          {
            title: "Grids and responsive layout",
            durationMinutes: 15,
            body: `A layout grid divides the screen into **columns** separated by **gutters**, with **margins** at the edges. Aligning content to columns creates consistent structure across pages.

**A common setup:**

| Breakpoint | Width | Columns | Gutter | Margin |
|---|---|---|---|---|
| Mobile | 360–599 px | 4 | 16 px | 16 px |
| Tablet | 600–1023 px | 8 | 24 px | 32 px |
| Desktop | 1024 px and up | 12 | 24 px | Auto, with a max content width around 1200 px |

Twelve columns are popular because 12 divides into halves, thirds, quarters and sixths.

**Responsive behaviour to design explicitly:**

- **Reflow** – a row of three cards on desktop becomes a single column on mobile.
- **Reprioritise** – sidebar content moves below the main content.
- **Resize** – images scale within their column span.
- **Hide sparingly** – content removed on mobile is often exactly what a mobile user needed.

**Example:** a product listing shows three cards per row on desktop (each spanning 4 of 12 columns), two on tablet (4 of 8) and one on mobile (4 of 4). The card component stays the same; only its span changes.

Design the smallest and largest breakpoints, then check widths in between – that's where layouts usually break.`,
          },
        ],
      },
    ],
  },
  {
    slug: "prototyping-in-figma-for-user-testing",
    title: "Prototyping in Figma for User Testing",
    providerSlug: "form-and-function-design",
    skillSlugs: ["ux-design", "ui-design"],
    summary:
      "Build prototypes at the right fidelity for each question: paper sketches, clickable wireframes and interactive Figma prototypes that hold up in user tests.",
    description: `Prototypes are how designers learn before committing engineering time. This course teaches you to choose the right fidelity for each question and build prototypes in Figma that hold up in front of real users.

- Paper and low-fidelity prototyping for early concepts
- Flows, overlays, interactive components and Smart Animate
- Variables and conditional logic for realistic behaviour
- Preparing prototypes for moderated and remote tests

By the end you'll have built and tested a multi-flow prototype for a grocery delivery app.`,
    level: "beginner",
    language: "en",
    durationMinutes: 210,
    priceAmount: 4900,
    currency: "USD",
    outcomes: [
      "Choose prototype fidelity to match the question you're asking",
      "Run quick paper prototype tests and Crazy 8s sketching",
      "Build flows with overlays and interactive components in Figma",
      "Use variables and conditionals to simulate realistic state",
      "Prepare a prototype that works reliably in a test session",
    ],
    requirements: [
      "A Figma account",
      "Basic familiarity with Figma frames and components",
    ],
    publishedDaysAgo: 15,
    modules: [
      {
        title: "Choosing fidelity",
        lessons: [
          {
            title: "Choosing the right fidelity",
            durationMinutes: 10,
            isPreview: true,
            body: `A prototype is a question made tangible. Its fidelity – how closely it resembles the finished product – should match the question you're asking.

| Fidelity | Looks like | Good for answering | Time to make |
|---|---|---|---|
| Low (paper, sketches) | Boxes and handwriting | Is this the right concept? Does the flow make sense? | Minutes |
| Mid (grey clickable wireframes) | Layout without styling | Can people find things? Is the structure clear? | Hours |
| High (styled, interactive) | Nearly the real product | Do the details work: copy, feedback, visual hierarchy? | Days |

**Common mistakes:**

- **Too high, too early.** Polished screens attract comments on colour when you wanted to test the concept, and the team becomes reluctant to throw them away.
- **Too low, too late.** Testing a detailed form interaction with a sketch won't reveal validation or keyboard problems.

Fidelity isn't a single dial. You can combine **realistic content** (real prices and product names) with **low visual fidelity** – often the most useful mix for early tests.

**Example:** a travel startup tests three booking concepts as paper sketches with five people in one afternoon, drops two of them, and only then builds a clickable prototype of the winner.`,
          },
          {
            title: "Paper and low-fidelity prototypes",
            durationMinutes: 12,
            body: `Paper prototyping sounds old-fashioned, but it's still one of the fastest ways to explore ideas and test flows before anyone opens a design tool.

**Materials:** paper or index cards, markers, sticky notes for dropdowns and pop-ups, scissors.

**How to run a paper prototype test:**

1. Draw each screen on a card at roughly phone size.
2. One person plays "the computer": when the participant taps a drawn button, they swap in the next card.
3. The moderator gives the task and asks the participant to think aloud.
4. Change the design between sessions – or even during one – with a marker.

**Crazy 8s** is a quick way to generate ideas first: fold a sheet into eight panels and sketch eight variations in eight minutes. Quantity beats quality at this stage.

**Why it works:**

- Nobody is precious about a sketch, so feedback is honest.
- Anyone on the team can take part.

**Limitations:** it can't test visual design, timing or animation, and it's awkward remotely – use grey frames in Figma or a whiteboard tool instead.

**Example:** a team sketches a new returns flow on seven cards and learns in the first session that users expect to print the label before choosing a courier.`,
          },
        ],
      },
      {
        title: "Interactive prototypes in Figma",
        lessons: [
          {
            title: "Flows, overlays and interactive components",
            durationMinutes: 18,
            body: `In Figma's Prototype tab, you connect frames with **interactions**, each made of a **trigger** (on click, on drag, while hovering, after delay) and an **action** (navigate to, open overlay, swap overlay, scroll to, back).

**Building a clean flow:**

- Add a **flow starting point** for each task you'll test. A page can have several, and each gets its own shareable link.
- Use **overlays** for menus, dialogs and bottom sheets instead of duplicating whole screens, and enable "Close when clicking outside".
- Use the **Back** action rather than linking to a specific frame, so navigation behaves like the real product.
- Apply **Smart Animate** between frames whose layers have matching names for smooth transitions.

**Interactive components** reduce wiring: build default, hover, pressed and selected states as variants, and add interactions between the variants once. Every instance then behaves correctly.

| Approach | Effort for ten checkboxes |
|---|---|
| A duplicate screen for every state | Dozens of frames and links |
| One interactive checkbox component | One set of variant interactions |

**Scrolling:** fix headers and bottom navigation in place so content scrolls beneath them, as on a real phone.

Name frames clearly ("02 Checkout – address") – the names appear in presentation mode and in testing tools.`,
          },
          {
            title: "Variables and conditional logic",
            durationMinutes: 20,
            body: `Figma's **variables** and **conditional actions** let a prototype remember state, so fewer frames can simulate much more realistic behaviour.

**Typical uses:**

- A basket count that increases when the participant taps "Add to basket".
- A toggle that switches the prototype between light and dark mode.
- An error state that appears only if a required checkbox hasn't been ticked.

**Example: a basket counter**

1. Create a number variable \`basketCount\` with the value 0.
2. Bind the badge text on the basket icon to \`basketCount\`.
3. On "Add to basket", add a **Set variable** action: \`basketCount\` = \`basketCount + 1\`.
4. On the basket icon, add a **conditional**: if \`basketCount\` > 0, navigate to "Basket"; otherwise open the "Your basket is empty" overlay.

| Variable type | Example |
|---|---|
| Number | Quantity, order total |
| Boolean | Logged in, terms accepted |
| String | Selected size, user's name |
| Color | Theme colours |

**Use with restraint.** Logic takes time to build and debug, and a broken prototype ruins a session. Add it only where realistic behaviour changes what you'll learn; otherwise a few extra frames are simpler.

Test every path yourself in presentation mode before a participant sees it.`,
          },
        ],
      },
      {
        title: "Testing-ready prototypes",
        lessons: [
          {
            title: "Realistic content and data",
            durationMinutes: 12,
            body: `Placeholder text and "John Doe" make prototypes easier to build and harder to test. Participants react to content: prices, names, dates and wording shape their decisions.

**Why real content matters:**

- Layouts break with real data – a 34-character product name, a €1,249.99 price, a long German street address.
- Participants can't judge whether a deal is good if every price reads "€XX".
- Copy is part of the design: a button reading "Continue" and one reading "Pay €84.50" lead to different behaviour.

**Content checklist for a test prototype:**

- [ ] Realistic names, prices and dates for the participant's market
- [ ] The longest and shortest plausible values for key fields
- [ ] Real error messages and empty states
- [ ] Consistent data across screens – the delivery slot chosen on screen 3 appears on the confirmation
- [ ] Images that fit the scenario

**Example:** a grocery delivery prototype showed three identical "Product name" cards, and participants kept asking what they were buying. With real products, prices per kilo and delivery slots, they started comparing items – revealing that unit price was their main decision factor, a finding the team would otherwise have missed.

Content plugins or data pasted from a spreadsheet make this quick.`,
          },
          {
            title: "Preparing a prototype for a test session",
            durationMinutes: 10,
            body: `Ten minutes of preparation prevents the most common prototype failures in a live session.

**Pre-session checklist:**

- [ ] Walk every task path in presentation mode, on the device type the participant will use
- [ ] Set a flow starting point for each task and copy the direct links
- [ ] Turn off hotspot hints, so clicking a blank area doesn't highlight every clickable element
- [ ] Check device frame and scaling so nothing is cut off on the participant's screen
- [ ] Reset variables and state between participants by reloading the prototype
- [ ] Check sharing permissions, and share only the prototype link, not the design file with its comments
- [ ] Prepare a fallback, such as a second link or a recording of the flow

**Handling dead ends:** participants will tap things that aren't wired. Add a catch-all overlay – "This part isn't available in the prototype. What did you expect to see here?" – and treat their answer as data.

**For mobile tests**, have participants use the Figma mobile app so they can tap and scroll naturally.

**After each session**, note every place where the *prototype*, rather than the design, caused confusion, and fix it before the next participant.`,
          },
        ],
      },
    ],
  },
  // ---------------------------------------------------------------------------
  // Meridian Project Institute
  // ---------------------------------------------------------------------------
  {
    slug: "project-management-fundamentals",
    title: "Project Management Fundamentals",
    providerSlug: "meridian-project-institute",
    skillSlugs: ["project-management"],
    summary:
      "Learn the essentials of running a project from start to finish: defining scope, building a schedule, finding the critical path, tracking progress and closing out cleanly.",
    description: `A free introduction for anyone who has been handed a project without formal training – team leads, coordinators and specialists stepping into a delivery role.

Using a single running example, a self-service returns portal for an online retailer, you'll take a project from idea to close:

- Define the project and write a charter
- Break the work down and build a schedule with a critical path
- Track progress and write status reports sponsors trust
- Close the project and capture lessons that actually change things

The terminology follows widely used PMI vocabulary, so the course is also a useful foundation if you later pursue a certification.`,
    level: "beginner",
    language: "en",
    durationMinutes: 180,
    priceAmount: 0,
    currency: "USD",
    outcomes: [
      "Distinguish projects from operations and explain the scope–time–cost trade-off",
      "Write a project charter with clear objectives and scope boundaries",
      "Build a work breakdown structure using the 100% rule",
      "Calculate the critical path and float for a simple schedule",
      "Write a one-page status report with RAG ratings and decisions needed",
      "Run a close-out and lessons-learned session",
    ],
    requirements: ["No prior project management experience needed"],
    publishedDaysAgo: 392,
    modules: [
      {
        title: "Starting a project",
        lessons: [
          {
            title: "What makes something a project",
            durationMinutes: 10,
            isPreview: true,
            body: `PMI defines a **project** as a temporary endeavour undertaken to create a unique product, service or result. Two words matter: *temporary* – it has a start and an end – and *unique* – it hasn't been done in exactly this way before.

| Project | Operations |
|---|---|
| Launch a new customer portal | Run the customer support desk |
| Move the office to a new building | Maintain the building |
| Implement a new payroll system | Run payroll every month |

**The classic constraints.** Every project balances **scope**, **time** and **cost**, and **quality** depends on all three. If a sponsor asks for more features by the same deadline, something else – budget, quality or another feature – has to give. Making that trade-off visible is a core project management skill.

**A typical life cycle:**

1. **Initiating** – define why and what; get authorisation.
2. **Planning** – scope, schedule, budget, risks, communication.
3. **Executing** – do the work.
4. **Monitoring and controlling** – track against the plan and manage change.
5. **Closing** – hand over, release resources, capture lessons.

**Example:** "Improve customer service" is not a project. "Launch a self-service returns portal by 30 September, reducing return-related calls by 25%" is.`,
          },
          {
            title: "Writing a project charter",
            durationMinutes: 14,
            body: `A **project charter** formally authorises a project and gives the project manager authority to use resources. Just as importantly, it creates shared understanding before work begins.

**Core sections of a one-to-two-page charter:**

- **Purpose and business case** – why this project, why now.
- **Objectives** – specific and measurable: "Reduce return-related calls by 25% within three months of launch."
- **Scope** – what's in and, explicitly, what's out.
- **Key deliverables and milestones.**
- **Budget** – an order-of-magnitude estimate at this stage.
- **Stakeholders and roles** – sponsor, project manager, key team members.
- **High-level risks and assumptions.**
- **Success criteria and approval.**

**In and out of scope (returns portal):**

| In scope | Out of scope |
|---|---|
| Web self-service returns for UK orders | International returns |
| Printable returns label | Courier collection booking |
| Email notifications | Mobile app changes |

The "out of scope" list is often the most valuable part: it stops stakeholders assuming features you never planned.

**Get the sponsor's approval in writing.** When scope disputes arise later – and they will – the charter is your reference point.`,
          },
        ],
      },
      {
        title: "Planning",
        lessons: [
          {
            title: "Work breakdown structures",
            durationMinutes: 15,
            body: `A **work breakdown structure (WBS)** decomposes the total scope of a project into smaller, manageable deliverables. It answers "what must be produced?" before "when?" or "who?".

**Partial WBS for the returns portal:**

\`\`\`
1 Returns portal
  1.1 Requirements
      1.1.1 Returns policy rules
      1.1.2 User journeys
  1.2 Design
      1.2.1 Wireframes
      1.2.2 Visual design
  1.3 Build
      1.3.1 Returns form
      1.3.2 Label generation integration
      1.3.3 Email notifications
  1.4 Testing
  1.5 Launch and training
\`\`\`

**Rules that make a WBS useful:**

- **The 100% rule:** the children of each element add up to all of the parent's work – nothing missing, nothing extra.
- **Deliverables, not activities,** at the higher levels: "Wireframes", not "design meetings".
- **Decompose to work packages** that one person or team can estimate and own – often a few days to about two weeks of effort.
- Stop decomposing when more detail no longer helps you control the work.

The numbers become codes for schedule tasks, estimates and cost tracking, so everyone refers to the same piece of work.

Build the WBS with the team – the people doing the work spot the missing pieces.`,
          },
          {
            title: "Scheduling and the critical path",
            durationMinutes: 18,
            body: `Once you have work packages, estimate their durations and identify **dependencies** – which tasks must finish before others can start.

The **critical path** is the longest chain of dependent tasks through the project, and it sets the shortest possible duration. A delay on any critical task delays the whole project; tasks off the critical path have **float** (slack).

| Task | Duration | Depends on |
|---|---|---|
| A Requirements | 5 days | – |
| B Design | 10 days | A |
| C Label API integration | 8 days | A |
| D Build form | 12 days | B |
| E Testing | 5 days | C, D |

Paths: A–B–D–E = 32 days; A–C–E = 18 days. The critical path is **A–B–D–E**, so the project takes 32 days. Task C has 14 days of float: it could slip by almost three working weeks without moving the end date.

**How to use this:**

- Focus monitoring on critical tasks.
- To finish sooner, shorten critical tasks – by adding people where that genuinely helps (**crashing**) or by overlapping tasks (**fast-tracking**), which adds risk.
- Recalculate when things change; the critical path can shift.

Scheduling tools and most Gantt chart templates calculate this automatically once dependencies are entered.`,
          },
        ],
      },
      {
        title: "Delivery and close",
        lessons: [
          {
            title: "Tracking progress and reporting status",
            durationMinutes: 14,
            body: `Tracking compares what's happening with what was planned, early enough to act. The aim is not a perfect report but **no surprises** for the sponsor.

**What to track weekly:**

- Milestones: planned vs forecast dates
- Critical-path tasks: on track or slipping?
- Budget: spent to date, and forecast at completion
- Top risks and issues
- Pending decisions and change requests

**A one-page status report:**

| Area | Status | Comment |
|---|---|---|
| Schedule | Amber | Label API integration 4 days late; within float, no impact on launch |
| Budget | Green | 46% spent, 50% of work complete |
| Scope | Green | One change request approved (SMS notifications) |
| Risks | Red | Courier contract not yet signed; launch at risk if unsigned by 15 August |

**Decision needed:** sponsor to escalate the courier contract with procurement.

**Good practice:**

- Define red/amber/green criteria in advance, for example "Amber = slip within float, or budget variance under 10%".
- Report forecasts, not just history: "We expect to finish on 30 September."
- Put decisions and requests at the top – that's what busy sponsors read.
- Don't keep a status green until the week it turns red; such "watermelon" reporting destroys trust.`,
          },
          {
            title: "Closing a project and capturing lessons",
            durationMinutes: 12,
            body: `Projects often fizzle out rather than close. A deliberate close-out confirms the work is accepted, frees people and budget, and turns experience into organisational learning.

**Closing checklist:**

- [ ] Deliverables formally accepted by the sponsor or customer
- [ ] Handover to operations complete: documentation, training, support contacts
- [ ] Contracts closed and final invoices paid
- [ ] Budget reconciled and unused funds released
- [ ] Team members released, with feedback for their line managers
- [ ] Project documents archived where others can find them
- [ ] Lessons learned captured and shared

**Running a lessons-learned session (60–90 minutes):**

1. Rebuild the timeline together: key events, decisions and surprises.
2. Ask what went well and should be repeated, what didn't and why, and what you'd do differently.
3. Focus on process and decisions, not on blaming individuals.
4. Agree three to five specific actions, each with an owner.

| Vague lesson | Actionable lesson |
|---|---|
| "Communication could be better" | "Hold a 15-minute weekly call with key suppliers from contract signature onwards" |

**Measure benefits later.** Objectives such as a 25% drop in return-related calls can only be measured months after launch – schedule that review now and give it an owner.`,
          },
        ],
      },
    ],
  },
  {
    slug: "scrum-in-practice",
    title: "Scrum in Practice",
    providerSlug: "meridian-project-institute",
    skillSlugs: ["agile", "project-management"],
    summary:
      "Run Scrum the way it is meant to work: clear accountabilities, a healthy product backlog, focused sprint events and retrospectives that actually improve your team.",
    description: `Plenty of teams hold stand-ups and sprint reviews without getting Scrum's benefits. This course is for Scrum Masters, Product Owners, developers and managers who want to run the framework as intended and fix what isn't working.

- Accountabilities, events and artefacts as defined in the 2020 Scrum Guide
- Backlog refinement and splitting work into sprint-sized pieces
- Sprint Goals, forecasting and reviews that influence what comes next
- Retrospectives that lead to real improvements
- A catalogue of common anti-patterns and their remedies

The content is aligned with the Scrum Guide, making it useful preparation for entry-level Scrum certifications.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 240,
    priceAmount: 7900,
    currency: "GBP",
    outcomes: [
      "Explain Scrum's accountabilities, events, artefacts and commitments",
      "Refine and split backlog items so they fit within a sprint",
      "Plan sprints around a clear Sprint Goal using realistic forecasts",
      "Facilitate Daily Scrums and Sprint Reviews that drive decisions",
      "Run retrospectives that produce concrete, tracked improvements",
      "Recognise and remedy common Scrum anti-patterns",
    ],
    requirements: [
      "Some experience working in or alongside a software or product team",
    ],
    publishedDaysAgo: 84,
    modules: [
      {
        title: "The framework",
        lessons: [
          {
            title: "Scrum's accountabilities, events and artefacts",
            durationMinutes: 14,
            isPreview: true,
            body: `Scrum is a lightweight framework for developing complex products in short iterations called **Sprints** – fixed periods of one month or less, most often two weeks. The 2020 Scrum Guide defines it with just a few elements.

**Three accountabilities:**

- **Product Owner** – maximises the value of the product; owns and orders the Product Backlog.
- **Scrum Master** – establishes Scrum, coaches the team and organisation, and helps remove impediments.
- **Developers** – everyone who creates the Increment: engineers, designers, testers, analysts.

**Five events:**

| Event | Timebox (one-month Sprint) | Purpose |
|---|---|---|
| Sprint | One month or less | Container for all other events |
| Sprint Planning | Up to 8 hours | Decide why, what and how |
| Daily Scrum | 15 minutes | Inspect progress toward the Sprint Goal |
| Sprint Review | Up to 4 hours | Inspect the Increment with stakeholders |
| Sprint Retrospective | Up to 3 hours | Improve how the team works |

**Three artefacts, each with a commitment:** Product Backlog → Product Goal; Sprint Backlog → Sprint Goal; Increment → Definition of Done.

Events are usually shorter for shorter Sprints. Scrum is deliberately incomplete: it defines what must happen, not which practices – user stories, estimation, boards – you use to do it.`,
          },
          {
            title: "The Product Backlog and refinement",
            durationMinutes: 16,
            body: `The **Product Backlog** is an emergent, ordered list of what is needed to improve the product. It's the single source of work for the Scrum Team.

**Healthy backlogs are DEEP** (a mnemonic from Roman Pichler and Mike Cohn):

- **Detailed appropriately** – items near the top are small and clear; items further down can stay rough.
- **Estimated** – enough to support ordering and forecasting.
- **Emergent** – it changes as the team learns.
- **Prioritised** – the most valuable and urgent items are at the top.

**Refinement** is the ongoing activity of breaking down items and adding detail. Many teams spend up to about 10% of their capacity on it.

**An item is ready for Sprint Planning when the team:**

- [ ] Understands the problem and who it's for
- [ ] Has agreed acceptance criteria
- [ ] Believes it can be finished within one Sprint
- [ ] Knows of no blocking dependencies

**Splitting example:** "Customers can manage subscriptions" is too big. Split it by workflow step – "pause a subscription", "change delivery frequency", "cancel with a reason". Each delivers value on its own and can be ordered separately.

A backlog of 400 items is a warning sign: nobody can meaningfully order that. Archive stale ideas ruthlessly.`,
          },
        ],
      },
      {
        title: "The Sprint",
        lessons: [
          {
            title: "Sprint Planning and Sprint Goals",
            durationMinutes: 16,
            body: `Sprint Planning addresses three topics from the Scrum Guide:

1. **Why** is this Sprint valuable? → the **Sprint Goal**
2. **What** can be done this Sprint? → selected backlog items
3. **How** will the chosen work get done? → a plan, often broken into tasks

**The Sprint Goal** is a single objective that gives the Sprint focus and flexibility. If work proves harder than expected, the Developers negotiate scope with the Product Owner while keeping the goal.

| Weak goal | Strong goal |
|---|---|
| "Complete tickets 341, 352, 360 and 371" | "Customers can pause a subscription without contacting support" |
| "Work on the billing epic" | "Annual billing works end to end with real card payments in staging" |

**Forecasting how much to take on:**

- Use recent **velocity** (say, the average of the last three Sprints) or throughput (items finished per Sprint).
- Adjust for capacity: holidays, on-call duty, training. In a team of five on a two-week Sprint, one person away for a week removes about 10% of capacity.
- Leave room for unplanned work.

**Example:** velocity has been 28, 31 and 26 points. With one developer on leave, the team forecasts about 24 points and selects items that together serve the Sprint Goal.`,
          },
          {
            title: "The Daily Scrum and the Sprint Review",
            durationMinutes: 14,
            body: `**The Daily Scrum** is a 15-minute event for the Developers to inspect progress toward the Sprint Goal and adapt their plan. It isn't a status report to a manager.

The familiar three questions (yesterday, today, blockers) are optional. Many teams get better results by **walking the board** from right to left:

- Which items are closest to done, and what do they need to finish?
- What's blocked, or has been in progress for too long?
- Are we still on track for the Sprint Goal? If not, what do we change?

Detailed problem-solving happens straight afterwards, with only the people needed.

**The Sprint Review** is a working session – not a demo to polite applause – where the Scrum Team and stakeholders inspect the Increment and decide what to do next.

**A review agenda for a two-week Sprint (60 minutes):**

| Minutes | Activity |
|---|---|
| 5 | Sprint Goal and what was achieved |
| 25 | Hands-on look at the working Increment |
| 15 | Feedback, usage data and market changes |
| 15 | Implications for the Product Backlog and next priorities |

**Example:** usage data showing that only 3% of customers found the new pause feature prompts stakeholders to question its placement – and the backlog changes during the review.`,
          },
        ],
      },
      {
        title: "Improving",
        lessons: [
          {
            title: "Retrospectives that lead to change",
            durationMinutes: 15,
            body: `The Sprint Retrospective is where the team inspects how it works – people, interactions, processes, tools and the Definition of Done – and plans improvements. Its value is measured by the changes it produces.

**A five-stage structure** from Esther Derby and Diana Larsen's *Agile Retrospectives*:

1. **Set the stage** – check in and restate the purpose.
2. **Gather data** – a timeline of the Sprint, metrics, what happened.
3. **Generate insights** – why did it happen? Look for root causes.
4. **Decide what to do** – choose one or two concrete improvements.
5. **Close** – appreciations and quick feedback on the retro itself.

**Turn discussion into experiments:**

| Vague | Concrete |
|---|---|
| "We should test earlier" | "Next Sprint, a tester pairs on every story before it moves to review. We'll check whether bugs found after review go down." |

**Keep the format fresh:** Start/Stop/Continue, Sailboat (wind, anchors, rocks) or the 4Ls (Liked, Learned, Lacked, Longed for).

**Follow through:** put improvement actions into the next Sprint Backlog and review them at the following retro. Teams that generate ten actions and complete none soon stop believing retrospectives matter.

Psychological safety is a prerequisite – agree as a team who attends.`,
          },
          {
            title: "Common Scrum anti-patterns",
            durationMinutes: 14,
            body: `Many teams "do Scrum" in name only. Recognising anti-patterns is the first step to fixing them.

| Anti-pattern | Symptom | Remedy |
|---|---|---|
| Proxy Product Owner | The PO can't decide without checking with a manager | Give the PO real authority, or make the decision-maker the PO |
| Mini-waterfall Sprints | Design in week one, build in week two, testing spills over | Slice work thinner; test continuously; include testing in "done" |
| Velocity as a target | Points inflate; teams get compared | Use velocity only for the team's own forecasting |
| No Sprint Goal | The Sprint is a bag of unrelated tickets | Plan around one objective |
| Scrum Master as secretary | The SM books meetings and updates tickets | The SM coaches, removes impediments and works with the wider organisation |
| Chronic carry-over | Increments are never releasable | Strengthen the Definition of Done; limit work in progress |

**A quick health check** at the end of each Sprint:

- Did we produce a usable Increment that meets the Definition of Done?
- Did stakeholders inspect it and influence what comes next?
- Did we change at least one thing about how we work?

If any answer is "no" for several Sprints running, you have the rituals without the empiricism that makes Scrum valuable.`,
          },
        ],
      },
    ],
  },
  {
    slug: "kanban-in-der-praxis",
    title: "Kanban in der Praxis: Arbeit sichtbar machen und den Fluss verbessern",
    providerSlug: "meridian-project-institute",
    skillSlugs: ["agile"],
    summary:
      "Lernen Sie, Arbeit mit Kanban sichtbar zu machen, WIP-Limits sinnvoll zu setzen und mit Durchlaufzeit und Durchsatz verlässliche Prognosen zu erstellen.",
    description: `Kanban hilft Teams, die mit ständig wechselnden Prioritäten arbeiten: Support, IT-Betrieb, Marketing oder Produktentwicklung. Statt feste Iterationen einzuführen, verbessern Sie den bestehenden Prozess Schritt für Schritt.

In diesem Kurs gestalten Sie ein Board für Ihr eigenes Team und lernen, den Arbeitsfluss mit Daten zu steuern:

- Die Kernpraktiken der Kanban-Methode
- Board-Design mit Warte-Spalten, Swimlanes und expliziten Regeln
- WIP-Limits und Littles Gesetz
- Durchlaufzeit, Durchsatz und Monte-Carlo-Prognosen

Alle Beispiele stammen aus realen Teams in Marketing, IT-Support und Softwareentwicklung.`,
    level: "intermediate",
    language: "de",
    durationMinutes: 150,
    priceAmount: 4900,
    currency: "EUR",
    outcomes: [
      "Die Kernpraktiken der Kanban-Methode erklären und von Scrum abgrenzen",
      "Ein Kanban-Board gestalten, das den tatsächlichen Arbeitsablauf abbildet",
      "WIP-Limits festlegen und mit Littles Gesetz begründen",
      "Durchlaufzeit, Durchsatz und das Alter offener Aufgaben messen und deuten",
      "Liefertermine mit Perzentilen und Monte-Carlo-Simulationen prognostizieren",
    ],
    requirements: [
      "Erfahrung in einem Team, das laufend Aufgaben oder Anfragen bearbeitet",
      "Zugang zu einem digitalen Board-Werkzeug (z. B. Jira oder Trello) oder einem Whiteboard",
    ],
    publishedDaysAgo: 52,
    modules: [
      {
        title: "Grundlagen",
        lessons: [
          {
            title: "Die Kanban-Methode und ihre Praktiken",
            durationMinutes: 12,
            isPreview: true,
            body: `Kanban ist eine Methode, um Wissensarbeit schrittweise zu verbessern – ausgehend von dem, was ein Team heute schon tut. Anders als Scrum schreibt Kanban weder Rollen noch Iterationen vor. Die Arbeit fließt kontinuierlich, und das Team verbessert diesen Fluss Schritt für Schritt.

**Die sechs Kernpraktiken nach David J. Anderson:**

1. Arbeit **visualisieren**
2. Die **Menge paralleler Arbeit (WIP) begrenzen**
3. Den **Fluss steuern** und messen
4. **Regeln explizit machen**, z. B. wann eine Aufgabe als „fertig“ gilt
5. **Feedback-Schleifen** einrichten, etwa regelmäßige Auffüll-Meetings (Replenishment)
6. **Gemeinsam verbessern** und mit Modellen experimentieren

| | Scrum | Kanban |
|---|---|---|
| Takt | Feste Sprints | Kontinuierlicher Fluss |
| Rollen | Product Owner, Scrum Master, Developers | Keine vorgeschrieben |
| Neue Arbeit | Meist zu Sprint-Beginn | Jederzeit, sobald Kapazität frei wird |
| Steuerung | Sprint-Ziel, Velocity | WIP-Limits, Durchlaufzeit |

**Beispiel:** Ein IT-Support-Team erhält täglich unvorhersehbare Anfragen. Zweiwöchige Sprints passen schlecht, weil dringende Tickets nicht warten können. Mit Kanban zieht das Team neue Arbeit, sobald Kapazität frei wird, und begrenzt zugleich die Zahl gleichzeitig offener Tickets.

Kanban eignet sich besonders für Teams mit wechselnden Prioritäten: Support, Betrieb, Marketing und Wartung.`,
          },
          {
            title: "Ein Kanban-Board gestalten",
            durationMinutes: 15,
            body: `Ein gutes Kanban-Board bildet den **tatsächlichen** Arbeitsablauf ab – nicht den Prozess, den man sich wünscht. Beginnen Sie deshalb mit einer Beobachtung: Welche Schritte durchläuft eine Aufgabe wirklich?

**Beispiel-Board für ein Marketing-Team** (Zahlen in Klammern = WIP-Limit):

| Spalte | Inhalt |
|---|---|
| Ideen | Ungeordnete Vorschläge |
| Ausgewählt (3) | Die nächsten Aufgaben, bereits priorisiert |
| Konzept (2) | Briefing und Abstimmung |
| Umsetzung (4) | Text, Grafik, Landingpage |
| Freigabe (2) | Prüfung durch Fachabteilung oder Rechtsabteilung |
| Fertig | Veröffentlicht |

**Gestaltungstipps:**

- **Warte- und Arbeitsspalten trennen**, z. B. „Umsetzung – in Arbeit“ und „Umsetzung – erledigt“. So sieht man, wo Aufgaben liegen bleiben.
- **Swimlanes** für Arbeitstypen oder Dringlichkeit nutzen, etwa eine Expedite-Spur für kritische Aufgaben mit einem Limit von 1.
- **Blocker markieren**, z. B. mit einem roten Aufkleber und dem Datum, seit dem die Karte blockiert ist.
- **Abschlusskriterien** je Spalte notieren: Wann darf eine Karte weiterwandern?

**Was auf jede Karte gehört:**

- [ ] Kurzer, verständlicher Titel
- [ ] Arbeitstyp, z. B. Kampagne, Artikel oder Fehlerbehebung
- [ ] Startdatum, um das Alter der Aufgabe zu erkennen
- [ ] Verantwortliche Person

Das Board ist nie fertig. Passen Sie es an, sobald das Team einen neuen Engpass oder einen fehlenden Schritt entdeckt.`,
          },
        ],
      },
      {
        title: "Den Fluss steuern",
        lessons: [
          {
            title: "WIP-Limits setzen",
            durationMinutes: 14,
            body: `WIP-Limits begrenzen, wie viele Aufgaben sich gleichzeitig in einem Arbeitsschritt befinden dürfen. Das klingt nach weniger Leistung, bewirkt aber das Gegenteil: Aufgaben werden schneller fertig.

**Warum das funktioniert – Littles Gesetz:**

> Durchschnittliche Durchlaufzeit = durchschnittlicher WIP ÷ durchschnittlicher Durchsatz

Ein Team, das im Schnitt 5 Aufgaben pro Woche abschließt und 20 Aufgaben gleichzeitig offen hat, braucht pro Aufgabe im Mittel 4 Wochen. Halbiert es den WIP auf 10, sinkt die Durchlaufzeit auf etwa 2 Wochen – bei gleicher Kapazität.

**Startwerte finden:**

- Beginnen Sie bei der heutigen Menge offener Arbeit und senken Sie sie schrittweise.
- Verbreitete Faustregel: etwa so viele Aufgaben wie Personen in diesem Schritt, plus ein kleiner Puffer.
- Limits sind ein Experiment: Überprüfen Sie sie nach zwei bis vier Wochen.

**Was tun, wenn ein Limit erreicht ist?**

| Situation | Reaktion |
|---|---|
| „Umsetzung“ ist voll | Nichts Neues beginnen, sondern helfen, eine bestehende Aufgabe abzuschließen |
| „Freigabe“ staut sich | Den Engpass gemeinsam angehen, z. B. feste Freigabetermine mit der Fachabteilung vereinbaren |
| Dringender Notfall | Die Expedite-Spur nutzen – als sichtbare Ausnahme |

Leitsatz: **„Stop starting, start finishing.“** Wer ein Limit regelmäßig überschreitet, sollte nicht das Limit erhöhen, sondern die Ursache suchen.`,
          },
          {
            title: "Kennzahlen: Durchlaufzeit, Durchsatz und Prognosen",
            durationMinutes: 18,
            body: `Kanban-Teams steuern mit wenigen, aussagekräftigen Kennzahlen.

| Kennzahl | Definition | Nutzen |
|---|---|---|
| Durchlaufzeit (Cycle Time) | Zeit vom Start bis zur Fertigstellung einer Aufgabe | Wie schnell liefern wir? |
| Durchsatz (Throughput) | Anzahl fertiger Aufgaben pro Zeitraum | Wie viel liefern wir? |
| WIP | Anzahl begonnener, nicht fertiger Aufgaben | Wie viel ist gleichzeitig offen? |
| Alter offener Aufgaben (Work Item Age) | Wie lange eine laufende Aufgabe schon in Arbeit ist | Frühwarnsignal |

**Perzentile statt Durchschnitt:** Durchlaufzeiten sind meist ungleichmäßig verteilt, mit einigen sehr langen Ausreißern. Aussagekräftiger als der Mittelwert ist z. B. das 85. Perzentil: „85 % unserer Aufgaben sind innerhalb von 9 Tagen fertig.“ Diese Aussage kann das Team Stakeholdern direkt als Service-Erwartung nennen.

**Prognosen ohne Schätzung:** Eine **Monte-Carlo-Simulation** zieht immer wieder zufällig Durchsatzwerte aus vergangenen Wochen und simuliert so tausende mögliche Verläufe. Ergebnis für 40 offene Aufgaben könnte sein:

- 50 % Wahrscheinlichkeit: fertig in 6 Wochen
- 85 % Wahrscheinlichkeit: fertig in 8 Wochen

**Visualisierung:** Ein **Cumulative Flow Diagram** zeigt die Menge der Arbeit je Spalte über die Zeit. Wird ein Band immer breiter, wächst dort ein Engpass.

Sammeln Sie Daten über mindestens acht bis zehn Wochen, bevor Sie Trends interpretieren.`,
          },
        ],
      },
    ],
  },
  {
    slug: "project-risk-management-identify-assess-respond",
    title: "Project Risk Management: Identify, Assess and Respond",
    providerSlug: "meridian-project-institute",
    skillSlugs: ["project-management"],
    summary:
      "Manage uncertainty with rigour: identify risks systematically, assess them with probability-impact and Monte Carlo analysis, and plan responses that hold up.",
    description: `An advanced course for project and programme managers who want risk management to change decisions rather than fill templates.

Using a realistic ERP migration case, you'll take risks from identification through quantitative analysis to response and review. We cover the techniques described in PMI's standards and the PRINCE2 risk theme, and we're candid about their limits.

- Cause–event–effect risk statements and risk appetite
- Pre-mortems, assumption analysis and other identification techniques
- Probability-impact matrices, expected monetary value and Monte Carlo schedules
- Response strategies for threats and opportunities
- Risk reviews that keep the register alive`,
    level: "advanced",
    language: "en",
    durationMinutes: 300,
    priceAmount: 12900,
    currency: "USD",
    outcomes: [
      "Write precise cause–event–effect risk statements",
      "Run pre-mortems and other structured identification techniques",
      "Assess risks qualitatively and explain the limits of risk matrices",
      "Calculate expected monetary value and interpret Monte Carlo results",
      "Select and plan responses for threats and opportunities",
      "Facilitate short, decision-focused risk reviews",
    ],
    requirements: [
      "At least two years' experience managing or coordinating projects",
      "Comfortable with spreadsheets; Monte Carlo exercises use a provided template",
    ],
    publishedDaysAgo: 267,
    modules: [
      {
        title: "Identifying risk",
        lessons: [
          {
            title: "Risks, issues and uncertainty",
            durationMinutes: 14,
            isPreview: true,
            body: `A **risk** is an uncertain event or condition that, if it occurs, affects at least one project objective. An **issue** has already happened and needs action now. Confusing the two produces registers full of current problems and no foresight.

Risks can be **threats** or **opportunities**. A supplier might deliver early, or a new library might halve development effort – these deserve management too.

**Write risks using cause–event–effect:**

> *Because* [cause], [uncertain event] *may occur*, *which would* [effect on objectives].

| Poorly written | Well written |
|---|---|
| "Vendor risk" | "Because the payments vendor has never integrated with our ERP, the integration may take longer than the planned three weeks, which would delay go-live and add contractor cost." |
| "Resources" | "Because our only database specialist is also assigned to another migration, she may be unavailable in Q3, which would stall performance testing." |

The cause is a fact, the event is uncertain, and the effect links to objectives. This structure makes risks assessable and suggests responses: you can act on the cause, the probability of the event or the size of the effect.

Agree the sponsor's **risk appetite** – how much uncertainty they'll accept in pursuit of the objectives – early on, because it determines which risks need action at all.`,
          },
          {
            title: "Risk identification techniques",
            durationMinutes: 18,
            body: `No single technique finds every risk. Combine several, and involve people with different perspectives: engineers, suppliers, operations and finance.

| Technique | How it works | Strength |
|---|---|---|
| Assumption analysis | List plan assumptions; ask "what if this is false?" | Exposes hidden dependencies |
| Pre-mortem | "It's a year from now and the project failed. Why?" | Bypasses optimism and social pressure |
| Risk breakdown structure | Review categories: technical, external, organisational, commercial | Systematic coverage |
| Lessons learned | Review risks from similar past projects | Draws on real history |
| Expert interviews | One-to-one conversations with specialists | Candid, detailed input |
| SWOT | Strengths, weaknesses, opportunities, threats | Surfaces opportunities too |

**Running a pre-mortem** (Gary Klein's technique):

1. Brief the team on the plan.
2. Announce: "Imagine the project has failed badly."
3. Everyone silently writes down reasons for the failure for five minutes.
4. Go round the room, one reason each, until all are captured.
5. Turn the most plausible reasons into risk statements.

**Example:** a pre-mortem for an ERP migration surfaced "finance staff were too busy with year-end close to test" – a risk nobody had raised in normal meetings because it implied criticising the launch date.

Repeat identification at every phase gate; new risks emerge as the project evolves.`,
          },
        ],
      },
      {
        title: "Assessing risk",
        lessons: [
          {
            title: "Qualitative assessment and the risk matrix",
            durationMinutes: 16,
            body: `Qualitative assessment rates each risk's **probability** and **impact** on simple scales to decide which deserve attention first.

**Define the scales concretely**, or ratings become guesses:

| Rating | Probability | Schedule impact | Cost impact |
|---|---|---|---|
| 1 Very low | Under 10% | Under 1 week | Under $10k |
| 2 Low | 10–30% | 1–2 weeks | $10k–50k |
| 3 Medium | 30–50% | 2–4 weeks | $50k–150k |
| 4 High | 50–70% | 1–2 months | $150k–500k |
| 5 Very high | Over 70% | Over 2 months | Over $500k |

Score = probability × impact, from 1 to 25. A heat map then groups risks into zones – for example red for 15 and above, amber for 8–14, green for 7 and below.

**Known weaknesses of risk matrices:**

- The ratings are ordinal, not real numbers: a 4×2 isn't necessarily "equal" to a 2×4.
- Bins hide differences: 51% and 69% both become a 4.
- People anchor on each other's scores, so collect ratings independently first.
- Rare but catastrophic risks can land in green despite being existential.

Use the matrix to **prioritise attention**, not to make investment decisions. For top risks, also record **proximity** – when could it occur? A risk that could strike next month needs action before one that can't occur until next year.`,
          },
          {
            title: "Quantitative analysis: expected value and Monte Carlo",
            durationMinutes: 22,
            body: `For the top risks – or for the whole schedule and budget – quantitative analysis gives numbers you can use in decisions.

**Expected monetary value (EMV)** = probability × impact.

| Risk | Probability | Impact | EMV |
|---|---|---|---|
| Integration delay adds contractor cost | 40% | $120,000 | $48,000 |
| Key supplier raises prices | 25% | $60,000 | $15,000 |
| Opportunity: reuse an existing API | 30% | –$40,000 | –$12,000 |
| **Total** | | | **$51,000** |

EMV helps size a **contingency reserve** and compare responses. Spending $20,000 to cut the integration risk from 40% to 10% reduces its EMV by $36,000 – a good trade.

**Monte Carlo simulation** goes further. Instead of single-point estimates, each task gets a range – for example optimistic 10, most likely 15, pessimistic 30 days. Software samples thousands of possible outcomes and produces a probability distribution:

- P50 finish date: 14 March
- P80 finish date: 2 April

Committing to the P50 date means roughly a coin-flip chance of missing it, which is why many organisations use P80 for external commitments.

**Beware false precision.** The model is only as good as its ranges and correlations. Involve the people doing the work in estimating them, and document every assumption.`,
          },
        ],
      },
      {
        title: "Responding and monitoring",
        lessons: [
          {
            title: "Risk response strategies",
            durationMinutes: 16,
            body: `Every significant risk needs a response strategy and an **owner** – a named person, not a team – accountable for carrying it out.

**Strategies for threats:**

| Strategy | Meaning | Example |
|---|---|---|
| Avoid | Change the plan to eliminate the risk | Use a proven payment vendor instead of an untested one |
| Transfer | Shift the impact to a third party | Fixed-price contract, insurance |
| Mitigate | Reduce probability or impact | Build an integration prototype in week one |
| Accept | Acknowledge it, perhaps with contingency | Hold a two-week schedule buffer |
| Escalate | The risk is outside the project's authority | Raise a market-wide hardware shortage with the programme board |

**Strategies for opportunities:** exploit (make sure it happens), share (partner with someone better placed), enhance (raise probability or benefit), accept or escalate.

**A good response is:**

- [ ] Proportionate to the risk's severity
- [ ] Specific, with actions, dates and an owner
- [ ] Funded in the budget and schedule
- [ ] Checked for **secondary risks** it creates – a fixed-price contract may reduce supplier flexibility

**Contingency plans** are different: actions held ready in case the risk occurs, with a clear **trigger**. "If the integration prototype hasn't passed end-to-end tests by 15 May, switch to the batch file interface."`,
          },
          {
            title: "Running an effective risk review",
            durationMinutes: 14,
            body: `A risk register that is only updated before audits is decoration. Risk management works when reviews are short, regular and lead to decisions.

**Cadence:** review the top risks weekly within the team, and the full register monthly and at each phase gate with the sponsor.

**A 30-minute review agenda:**

1. **New risks** since the last review (5 min)
2. **Top ten risks** – have probability, impact or proximity changed? Are responses on track? (15 min)
3. **Triggers** – has any contingency trigger fired? (5 min)
4. **Close** retired risks and convert occurred risks into issues (5 min)

**Register fields that matter:**

| Field | Why |
|---|---|
| ID and cause–event–effect statement | Clarity |
| Owner | Accountability |
| Probability, impact, score and trend | Prioritisation |
| Response actions with due dates | Progress |
| Trigger and contingency plan | Readiness |
| Date last reviewed | Freshness |

**Signs of a healthy process:**

- Risks are closed as well as opened.
- Responses are completed on time.
- Many issues were anticipated as risks beforehand.
- People raise risks without fear of being seen as negative.

**Tip:** track how many issues never appeared on the register. A high proportion shows where identification needs to improve.`,
          },
        ],
      },
    ],
  },
  {
    slug: "stakeholder-management-for-project-leads",
    title: "Stakeholder Management for Project Leads",
    providerSlug: "meridian-project-institute",
    skillSlugs: ["project-management", "leadership"],
    summary:
      "Identify and map the people who can make or break your project, tailor communication to each of them, and handle resistance and conflict with confidence.",
    description: `Many projects that fail don't fail for technical reasons – they fail because key people weren't engaged, informed or persuaded. This course gives project leads practical tools for the human side of delivery.

- Finding every stakeholder, including the ones who can block you late
- Mapping power, interest and attitude
- Writing a communication plan people actually follow
- Diagnosing resistance and resolving conflicts between stakeholders

You'll build a stakeholder map and communication plan for your current project and practise a difficult conversation in a recorded role-play.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 150,
    priceAmount: 4900,
    currency: "GBP",
    outcomes: [
      "Identify stakeholders systematically, including hidden veto holders",
      "Map stakeholders by power, interest and attitude",
      "Build a communication plan tailored to each audience",
      "Diagnose the causes of resistance and respond appropriately",
      "Use interest-based negotiation to resolve stakeholder conflicts",
    ],
    requirements: ["Currently leading or coordinating a project, or about to start one"],
    publishedDaysAgo: 143,
    modules: [
      {
        title: "Mapping stakeholders",
        lessons: [
          {
            title: "Identifying stakeholders",
            durationMinutes: 12,
            isPreview: true,
            body: `A **stakeholder** is anyone who can affect, is affected by, or believes they are affected by your project. That last group matters: people who *feel* affected will act on that belief, whether or not you think they should.

**Ways to find stakeholders:**

- Walk the process: who touches the work before, during and after your change?
- Follow the money: who funds the project, and who pays to run the result?
- Ask "who could say no?": legal, security, procurement, works councils, regulators.
- Ask everyone you identify: "Who else should I talk to?"

**Example: a new field-service scheduling system**

| Group | Interest |
|---|---|
| Operations director (sponsor) | Fewer missed appointments |
| Dispatchers | The new tool changes their daily work |
| Field engineers | Routes and hours on a mobile app |
| IT security | Customer data on mobile devices |
| Customers | Reminders and arrival-time updates |
| Trade union representative | Changes to working patterns |

Be specific: "Sales" is not a stakeholder – the head of sales and the regional sales managers may hold very different views.

Missing a stakeholder is expensive. Projects regularly stall because a group nobody consulted – often security, legal or a union – raises objections weeks before launch.`,
          },
          {
            title: "Power–interest mapping",
            durationMinutes: 14,
            body: `Not all stakeholders need the same attention. The **power–interest grid**, based on Mendelow's matrix, groups them by their ability to influence the project and how much they care about it.

| | Low interest | High interest |
|---|---|---|
| **High power** | **Keep satisfied** – e.g. the CFO: brief, decision-focused updates | **Manage closely** – e.g. the operations director: regular one-to-ones, involvement in key decisions |
| **Low power** | **Monitor** – e.g. facilities: occasional updates | **Keep informed** – e.g. dispatchers: demos, newsletters, feedback channels |

**Add attitude.** For key stakeholders, note their current and desired positions:

| Stakeholder | Current | Desired | Action |
|---|---|---|---|
| Head of IT security | Resistant | Supportive | Early review of the mobile data design |
| Dispatch team lead | Neutral | Champion | Involve in user testing |

**Cautions:**

- Positions change. A low-interest director becomes very interested the day budgets are cut.
- Low power individually can be high power collectively – 80 dispatchers who refuse a tool will sink it.
- Keep the map private. Labels like "resistant" shouldn't circulate.

Review the map at every milestone and after any organisational change.`,
          },
        ],
      },
      {
        title: "Engaging stakeholders",
        lessons: [
          {
            title: "Communication planning",
            durationMinutes: 13,
            body: `A communication plan makes sure each stakeholder gets the right information, in the right format, at the right frequency – and that nobody is surprised.

**Sample plan (extract):**

| Audience | What they need | Format | Frequency | Owner |
|---|---|---|---|---|
| Sponsor | Progress, decisions needed, top risks | 30-minute one-to-one and one-page report | Weekly | Project lead |
| Steering group | Milestones, budget, escalations | Meeting with pre-read | Monthly | Project lead |
| Dispatchers | What's changing, when, training dates | Team briefing and short video | Fortnightly from month three | Change lead |
| Field engineers | App changes and where to get help | In-app message and toolbox talk | Each release | Operations manager |

**Principles:**

- **Lead with what matters to them.** Dispatchers care about their daily workload, not the system architecture.
- **Use two-way channels.** Q&A sessions and feedback forms surface concerns early.
- **Deliver bad news early and in person.** A sponsor should hear about a slip from you, in conversation, before reading it in a report.
- **Repeat key messages.** People need to hear about a change several times, through different channels, before it sinks in.

**Check effectiveness:** after major announcements, ask a few people what they understood. Sent does not mean received.`,
          },
          {
            title: "Handling resistance and conflict",
            durationMinutes: 16,
            body: `Resistance is information. People resist change for reasons – loss of status, extra work, bad past experiences or genuine flaws in your plan. Understand the reason before trying to overcome it.

| Underlying reason | Signal | Response |
|---|---|---|
| Doesn't understand the change | Misconceptions in questions | Explain clearly, with examples |
| Fears losing something | "This won't work for us" | Acknowledge the loss; involve them in shaping the solution |
| Disagrees with the approach | Specific objections | Take it seriously – they may be right |
| Distrusts those leading it | References to failed past projects | Build credibility with small promises kept |

**Resolving conflict between stakeholders** with interest-based negotiation, from Fisher and Ury's *Getting to Yes*:

1. Separate the people from the problem.
2. Focus on interests, not positions: "Why do you need it in March?"
3. Generate options together before deciding.
4. Agree objective criteria for choosing.

**Example:** sales wants launch before the March trade show; IT security insists on a penetration test first. Sales needs something to demonstrate; security needs to protect customer data. The option: demonstrate the system at the show with test data, and go live after the test.

Escalate to the sponsor only after a genuine attempt – and bring options, not just the problem.`,
          },
        ],
      },
    ],
  },
  {
    slug: "continuous-product-discovery",
    title: "Continuous Product Discovery",
    providerSlug: "meridian-project-institute",
    skillSlugs: ["product-management", "ux-design"],
    summary:
      "Decide what to build with evidence: map opportunities from customer interviews, identify risky assumptions and test them cheaply before committing engineers.",
    description: `Continuous discovery helps product teams decide what to build by staying close to customers every week. This course, for product managers, designers and tech leads, turns the approach into practical habits.

- Setting outcome-based goals instead of feature lists
- Running lightweight weekly customer interviews
- Building and using opportunity solution trees
- Mapping and testing risky assumptions quickly and cheaply

Throughout the course you'll follow a meal-kit subscription team from a vague goal to a tested solution, and apply each step to your own product.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 270,
    priceAmount: 12900,
    currency: "USD",
    outcomes: [
      "Frame team goals as measurable product outcomes",
      "Set up a sustainable weekly customer interviewing habit",
      "Build an opportunity solution tree from interview evidence",
      "Compare and choose opportunities with explicit reasoning",
      "Identify and map the riskiest assumptions behind a solution",
      "Design fast assumption tests with success criteria set in advance",
    ],
    requirements: [
      "Experience working on a product team as a PM, designer or engineer",
      "Access to customers or users you can contact",
    ],
    publishedDaysAgo: 22,
    modules: [
      {
        title: "Discovery foundations",
        lessons: [
          {
            title: "Outcomes over outputs",
            durationMinutes: 14,
            isPreview: true,
            body: `Product discovery is the work of deciding **what** to build; delivery is building it well. Teams that skip discovery often ship features on time that change nothing.

| Output (what we ship) | Outcome (what changes) |
|---|---|
| "Launch recipe recommendations" | "Increase the share of subscribers who cook three or more meals a week from 30% to 40%" |
| "Redesign onboarding" | "Increase the share of new users who place a first order within 7 days" |

An outcome gives the team a problem to solve and room to find the best solution.

**Good product outcomes are:**

- Measurable, with a baseline and a target
- Within the team's influence – a product team rarely moves revenue directly, but can change the behaviours that drive it
- Leading rather than lagging – next year's retention is too slow to learn from

**The four product risks** described by Marty Cagan:

1. **Value** – will customers choose to use or buy it?
2. **Usability** – can they work out how to use it?
3. **Feasibility** – can we build it with our time, skills and technology?
4. **Viability** – does it work for the business: legal, finance, sales, brand?

Discovery reduces these risks *before* a full team commits to building.`,
          },
          {
            title: "Weekly customer interviews",
            durationMinutes: 16,
            body: `Teresa Torres describes continuous discovery as **weekly touchpoints with customers, by the team building the product**, through small research activities in pursuit of a desired outcome. The habit matters more than the size of any single study.

**Make it sustainable by automating recruitment:**

- An in-product prompt: "Got 20 minutes to chat with our product team? We'll send you a £20 voucher."
- Customer success handoffs: account managers book calls with customers who mention relevant problems.
- A standing panel of volunteers, refreshed regularly.

**Interview for stories, not opinions.** Ask about specific past behaviour:

- "Tell me about the last time you planned your meals for the week."
- "What happened next?" "What was hard about that?"

Avoid "Would you use…?" and "What features do you want?" – customers are experts in their problems, not in your solutions.

**Capture each conversation in an interview snapshot:**

| Section | Contents |
|---|---|
| Quick facts | Who, which segment, context |
| Memorable quote | In their own words |
| Experience map | The story as a simple timeline |
| Opportunities | Needs, pain points and desires you heard |
| Insights | Anything surprising |

The **product trio** – product manager, designer and tech lead – should interview together, so all three share the same understanding.`,
          },
        ],
      },
      {
        title: "Mapping opportunities",
        lessons: [
          {
            title: "Opportunity solution trees",
            durationMinutes: 18,
            body: `An **opportunity solution tree** (OST), popularised by Teresa Torres, is a visual map linking a desired outcome to the customer opportunities that could drive it, the solutions that address each opportunity, and the tests that evaluate each solution.

\`\`\`
Outcome: more subscribers cook 3+ meals a week
├─ Opportunity: "I don't know what to cook with leftover ingredients"
│   ├─ Solution: leftover-based recipe suggestions
│   └─ Solution: "use it up" shopping list mode
├─ Opportunity: "Weeknight recipes take too long"
│   ├─ Solution: 20-minute recipe filter
│   └─ Solution: prep-ahead weekend plans
└─ Opportunity: "I forget my plan and order takeaway"
    └─ Solution: cooking-time reminders
\`\`\`

**Opportunities** are customer needs, pain points and desires, framed from the customer's perspective and discovered in interviews – not features in disguise. Large opportunities are broken into smaller, more solvable ones.

**Why the tree helps:**

- It makes the team's reasoning visible: "why are we building this?" has a clear answer.
- It stops the team jumping from the outcome straight to a single favourite solution.
- It encourages **several solutions per opportunity**, which leads to better ideas.
- It shows what the team is deliberately *not* working on.

Update the tree weekly as interviews reveal new opportunities. It's a working document, not a presentation slide.`,
          },
          {
            title: "Comparing and choosing opportunities",
            durationMinutes: 14,
            body: `Once the tree holds several opportunities, choose one to focus on. Torres suggests comparing opportunities against each other rather than scoring each in isolation – it's easier to say "A matters more than B" than to assign an absolute number.

**Factors to compare:**

| Factor | Question |
|---|---|
| Opportunity size | How many customers are affected, and how often? |
| Market factors | Is it table stakes, or a chance to differentiate? |
| Company factors | Does it fit our strategy, brand and strengths? |
| Customer factors | How important is it, and how satisfied are customers today? |

**Example:**

| Opportunity | Heard from | Frequency | Strategic fit |
|---|---|---|---|
| Leftover ingredients | 11 of 20 interviewees | Weekly | High – reducing food waste is a brand value |
| Recipes take too long | 14 of 20 | Several times a week | Medium – competitors already offer quick filters |
| Forgetting the plan | 5 of 20 | Occasionally | Low |

"Recipes take too long" is mentioned more often, but "leftover ingredients" combines solid reach with differentiation. The trio picks it – and writes down why.

**Where scoring fits:** models such as RICE (reach × impact × confidence ÷ effort) suit ranking *solutions* once effort can be estimated, not early opportunities.

Work on one opportunity at a time, and revisit the choice when the evidence changes.`,
          },
        ],
      },
      {
        title: "Testing ideas",
        lessons: [
          {
            title: "Identifying risky assumptions",
            durationMinutes: 15,
            body: `Every solution rests on assumptions. Discovery tests the riskiest ones before building, instead of testing the whole idea at once.

**Generate assumptions by category:**

| Category | Example for "leftover-based recipe suggestions" |
|---|---|
| Desirability | Subscribers have leftovers they want to use up |
| Usability | They're willing to tell us what's in their fridge |
| Feasibility | We can match recipes to partial ingredient lists with acceptable quality |
| Viability | Suggesting recipes outside the plan won't reduce orders |
| Ethics | Storing fridge contents raises no privacy concerns |

**Story mapping helps:** walk through each step a user takes with the solution and ask, "what must be true for this to work?"

**Assumption mapping:** place each assumption on two axes:

- **Importance** – if it's false, does the idea fail?
- **Evidence** – how much do we already know?

Test the **important, low-evidence** assumptions first – the "leap of faith" quadrant.

**Example:** the team has strong interview evidence that people have leftovers. But nobody knows whether they'll record what's in their fridge – critical, and with no evidence at all. That becomes the first test. If the answer is no, the team has saved months of work on a recipe-matching engine.`,
          },
          {
            title: "Designing assumption tests",
            durationMinutes: 18,
            body: `An assumption test is a small experiment that produces evidence about one assumption in days, not months.

**Choose the cheapest test that could change your mind:**

| Method | Good for | Example |
|---|---|---|
| Prototype test | Usability, desirability | Five users try a clickable "add leftovers" screen |
| Fake door | Demand | A "Cook with leftovers" button leading to a "coming soon" message; count the clicks |
| Concierge | Value before automation | Team members email hand-picked leftover recipes to 20 subscribers |
| Data mining | Behaviour at scale | How often do users already search recipes by ingredient? |
| One-question survey | Frequency | In-app: "Did you throw away food this week?" |

**Set success criteria before running the test:**

> "If at least 4 of 10 subscribers in the concierge test send us their leftovers twice in two weeks, we'll treat the assumption as supported."

A threshold set in advance stops the team rationalising weak results afterwards.

**Good practice:**

- Test one assumption at a time where possible.
- Test assumptions behind several competing solutions in parallel, so you compare ideas rather than fall in love with one.
- Use fake doors sparingly and explain them honestly – they cost user trust.
- Record results on the opportunity solution tree.

Evidence accumulates; no single test proves an idea.`,
          },
        ],
      },
    ],
  },
  {
    slug: "product-roadmaps-and-okrs",
    title: "Product Roadmaps and OKRs",
    providerSlug: "meridian-project-institute",
    skillSlugs: ["product-management", "leadership"],
    summary:
      "Connect strategy to daily work: write OKRs that measure outcomes, build outcome-based roadmaps, and communicate priorities and trade-offs to leadership.",
    description: `For senior product managers, heads of product and product-minded leaders who need to translate strategy into priorities that teams understand and stakeholders trust.

We cover how to write OKRs that describe outcomes, run a quarterly cycle that keeps them alive, and build roadmaps that communicate direction without false promises. Case studies come from B2C subscription and B2B SaaS companies.

- Writing, aligning and scoring OKRs
- Now/Next/Later and theme-based roadmaps
- Tailoring roadmap views for executives, sales and engineering
- Saying no and negotiating trade-offs with leadership`,
    level: "advanced",
    language: "en",
    durationMinutes: 180,
    priceAmount: 19900,
    currency: "EUR",
    outcomes: [
      "Write objectives and key results that measure outcomes, not tasks",
      "Run a quarterly OKR cycle with weekly confidence check-ins",
      "Build an outcome-based Now/Next/Later roadmap",
      "Adapt roadmap communication to different audiences",
      "Say no constructively and frame trade-offs as decisions for leadership",
    ],
    requirements: [
      "At least two years in product management or a related leadership role",
      "Familiarity with product discovery concepts helps",
    ],
    publishedDaysAgo: 168,
    modules: [
      {
        title: "OKRs",
        lessons: [
          {
            title: "Writing good OKRs",
            durationMinutes: 16,
            isPreview: true,
            body: `**Objectives and Key Results (OKRs)** link ambitious goals to measurable evidence of progress. Developed by Andy Grove at Intel and later popularised at Google, the format is:

- **Objective** – qualitative, inspiring and time-bound: *where do we want to go?*
- **Key results** – two to four measurable outcomes: *how will we know we got there?*

**Example for a subscription product, one quarter:**

> **Objective:** Make the first week irresistible for new subscribers
> - KR1: Increase first-week activation (first meal cooked) from 42% to 55%
> - KR2: Reduce week-one cancellations from 9% to 6%
> - KR3: Raise first-box satisfaction from 4.1 to 4.4 out of 5

**Key results are outcomes, not tasks.** "Launch new onboarding emails" is an initiative – it belongs in the plan, not in the KRs. If you can tick a KR off simply by shipping something, it's probably an output.

| Weak KR | Why | Better |
|---|---|---|
| Launch a recipe quiz | Output | 30% of new subscribers personalise their first box |
| Improve NPS | No baseline or target | Raise NPS from 31 to 40 among second-month subscribers |
| Make the site faster | Not measurable | 75th-percentile mobile page load under 2 seconds |

**Keep it small:** one to three objectives per team per quarter. More than that means there are no real priorities.`,
          },
          {
            title: "Running the OKR cycle",
            durationMinutes: 15,
            body: `OKRs only work with a rhythm of setting, checking and learning. A typical quarterly cycle:

| When | Activity |
|---|---|
| 2–3 weeks before the quarter | Leadership shares company objectives; teams draft their OKRs |
| Start of the quarter | Align across teams; finalise and publish |
| Weekly | Each team updates its confidence in every KR, e.g. on a 1–10 scale |
| Mid-quarter | Review progress and adjust initiatives – rarely the OKRs themselves |
| End of the quarter | Score, reflect and carry lessons into the next cycle |

**Align rather than cascade.** Mechanical top-down cascading, where each level splits its parent's KRs, produces rigid, output-heavy OKRs. Better: leadership sets a few company objectives, and teams propose OKRs that contribute, negotiated in both directions.

**Scoring:** many companies score from 0.0 to 1.0. For aspirational OKRs, Google's guidance treats about 0.6–0.7 as a good result; always hitting 1.0 suggests goals are too safe. **Committed** OKRs – things that must happen – are expected to reach 1.0.

**Common pitfalls:**

- Tying OKR scores to bonuses, which encourages sandbagging.
- Writing OKRs for business-as-usual work.
- Setting OKRs and not looking at them again until the quarter ends.

**Example check-in:** "KR1 activation: 46% (from 42%), confidence 6/10. Recipe quiz experiment is live; results on Friday."`,
          },
        ],
      },
      {
        title: "Roadmaps",
        lessons: [
          {
            title: "Outcome-based roadmaps",
            durationMinutes: 16,
            body: `A traditional roadmap is a timeline of features with delivery dates. It implies a certainty you don't have and commits the team to solutions before discovery has tested them.

An **outcome-based roadmap** organises work around problems to solve and results to achieve, using time horizons instead of exact dates.

**Now / Next / Later:**

| Now (this quarter) | Next (1–2 quarters) | Later (6+ months) |
|---|---|---|
| **Improve first-week activation** – testing a recipe quiz and a guided first cook | **Reduce churn at month three** – exploring pause and flexibility options | **Serve family households** – opportunity research |
| High confidence, detailed | Medium confidence, some options | Low confidence, problem areas only |

**Principles:**

- **Detail decreases with distance.** Near-term items can name solutions; later ones should name only problems.
- **Each theme links to an objective or KR**, so the roadmap expresses strategy.
- **Show confidence**, not just timing.
- **Include discovery work**, not only delivery.

**When dates are unavoidable** – regulatory deadlines, trade shows, contracts – show them explicitly as fixed constraints and keep scope flexible around them.

**Example:** instead of "Q3: recipe quiz, family plans, app redesign", the roadmap states the outcome the team is pursuing and the options it's exploring. If the quiz fails, the team tries another solution without "missing the roadmap".`,
          },
          {
            title: "Communicating roadmaps and saying no",
            durationMinutes: 15,
            body: `A roadmap is a communication tool, and different audiences need different views of the same plan.

| Audience | Focus | Detail |
|---|---|---|
| Executive team | Strategic themes, outcomes, investment balance | Low |
| Sales and customer success | What's coming that affects customers, with caveats | Medium |
| Engineering and design | Problems, constraints, dependencies | High |
| Customers | Direction and themes, without dates | Low |

**Saying no** is the most important – and hardest – part of roadmap work. Every yes carries an opportunity cost.

**A respectful no follows a pattern:**

1. **Acknowledge the need:** "Enterprise customers clearly need single sign-on to pass procurement."
2. **Explain the trade-off:** "This quarter we're focused on first-week activation, our top company objective."
3. **Offer what you can:** "We'll explore it next quarter; meanwhile, here's a workaround through our identity partner."
4. **Record the decision**, so it isn't reopened every week.

**With leadership, present options rather than problems:** "We can add single sign-on this quarter if we pause the recipe quiz experiment; activation would probably stay flat. Which do you prefer?"

**Example:** a product lead who published a quarterly "what we're not doing, and why" list saw escalations from sales fall – people stopped asking because the reasoning was visible to everyone.`,
          },
        ],
      },
    ],
  },
];
