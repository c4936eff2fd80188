import type { SeedCourse } from "./types";

// Security (Bastion Security Institute) and cloud / platform (Stratus Cloud School)
// courses for the demo catalog. Lesson bodies are real teaching text.
export const coursesSecurityCloud: SeedCourse[] = [
  {
    slug: "security-fundamentals-for-engineers",
    title: "Security Fundamentals for Software Engineers",
    providerSlug: "bastion-security-institute",
    skillSlugs: ["cybersecurity"],
    summary:
      "Learn the ideas every secure system rests on: the CIA triad, risk, least privilege and defence in depth, taught through examples drawn from real breaches.",
    description: `Most breaches do not start with an exotic zero-day. They start with an over-privileged account, an unpatched library or a log nobody read. This course gives working engineers the mental models to spot those weaknesses in their own systems.

You will learn to describe security goals precisely, reason about risk instead of guessing, and apply a handful of principles that show up in every good design review.

- Short lessons with worked examples from public incident reports
- A design-review checklist you can reuse at work
- No prior security background needed`,
    level: "beginner",
    language: "en",
    durationMinutes: 240,
    priceAmount: 0,
    currency: "USD",
    outcomes: [
      "Explain confidentiality, integrity and availability and map them to concrete controls",
      "Estimate risk from likelihood and impact and prioritise fixes accordingly",
      "Apply least privilege to service accounts, API keys and database users",
      "Design layered defences so that one failed control does not mean a breach",
      "Keep dependencies patched and produce logs that support an investigation",
    ],
    requirements: [
      "Basic experience building or operating a web application",
      "Comfort reading short snippets of shell and Python",
    ],
    modules: [
      {
        title: "Thinking about security",
        lessons: [
          {
            title: "Confidentiality, integrity and availability",
            durationMinutes: 12,
            isPreview: true,
            body: `Every security control protects at least one of three properties, known as the **CIA triad**.

| Property | Question it answers | Example failure |
|---|---|---|
| Confidentiality | Can only authorised people read it? | A public storage bucket exposing customer invoices |
| Integrity | Can we trust it has not been altered? | An attacker edits a price in a hidden form field |
| Availability | Is it there when needed? | A flood of traffic takes checkout offline |

The triad is useful because it replaces the vague question "is this secure?" with three specific ones. A password database mostly needs confidentiality and integrity; a public status page mostly needs availability.

Controls often trade one property against another. Encrypting a disk improves confidentiality, but losing the key destroys availability. Aggressive account lockout protects confidentiality but lets an attacker lock real users out.

When reviewing a design, list each data store and note which property matters most, then check for matching controls:

- **Confidentiality:** access control, encryption in transit and at rest
- **Integrity:** signatures, checksums, append-only audit logs
- **Availability:** redundancy, tested backups, rate limits`,
          },
          {
            title: "Assets, threats and risk",
            durationMinutes: 15,
            body: `Security work is a budget problem: you cannot fix everything, so you fix what carries the most **risk**. A simple and widely used definition is:

> risk = likelihood × impact

Start by listing **assets**, the things worth protecting: customer data, signing keys, the production database, your company's reputation. Then list **threats**, meaning who or what could harm each asset and how. A threat only becomes risk when there is a **vulnerability** that lets it succeed.

Take an internal admin panel exposed to the internet with password-only login:

- Asset: ability to issue refunds
- Threat: credential stuffing using leaked passwords
- Vulnerability: no MFA, no rate limiting
- Likelihood: high, because automated attacks hit every public login page
- Impact: high, because direct financial loss follows

Score likelihood and impact from 1 to 5 and multiply. Anything scoring 15 or more goes to the top of the backlog. The numbers are rough, but they make trade-offs explicit and let you explain to a product manager why MFA on the admin panel beats a new feature this sprint.`,
          },
        ],
      },
      {
        title: "Core defensive principles",
        lessons: [
          {
            title: "Least privilege in practice",
            durationMinutes: 14,
            body: `The **principle of least privilege** says every user, process and key should have only the permissions it needs, for only as long as it needs them. When something is compromised, least privilege limits the **blast radius**.

Database accounts are a common offender. Many applications connect as the owner of the schema, which means an SQL injection bug can drop tables. Instead, create a role that can only do what the app actually does:

\`\`\`sql
CREATE ROLE app_rw LOGIN PASSWORD '...';
GRANT SELECT, INSERT, UPDATE ON orders, customers TO app_rw;
-- no DELETE, no DDL, no access to the audit table
\`\`\`

Apply the same thinking elsewhere:

- **API keys:** scope them to a single service and read-only where possible
- **CI pipelines:** give the deploy job credentials for one environment, not all of them
- **Humans:** use time-limited elevation for production access rather than permanent admin rights

A practical test: for any credential, ask "if this leaked today, what could someone do with it?" If the answer makes you uncomfortable, the credential has more privilege than it needs.`,
          },
          {
            title: "Defence in depth",
            durationMinutes: 13,
            body: `**Defence in depth** means stacking independent controls so that no single failure leads to a breach. Each layer assumes the one in front of it might fail.

Consider how customer data in a web application can be protected:

1. A web application firewall blocks obvious injection payloads
2. The application uses parameterised queries, so injection cannot alter SQL
3. The database user cannot read the payment tokens table
4. Sensitive columns are encrypted with keys held outside the database
5. Unusual query volume raises an alert for the on-call engineer

An attacker who bypasses the firewall still meets parameterised queries. A developer who accidentally writes one unsafe query still cannot reach payment tokens. If everything else fails, the alert shortens the time before someone notices.

The key word is **independent**. Two layers that share a weakness, such as two controls that both trust the same session cookie, count as one layer. When you add a control, ask which earlier failure it would catch and whether it relies on anything that the earlier control also relies on.

Layering also buys time. Most real attacks take hours or days, and every extra step is another chance to detect them.`,
          },
        ],
      },
      {
        title: "Everyday engineering hygiene",
        lessons: [
          {
            title: "Managing dependencies and patches",
            durationMinutes: 12,
            body: `A typical web service ships far more third-party code than first-party code, so vulnerable dependencies are one of the most common ways in. The Log4Shell vulnerability in 2021 showed how a single logging library could expose thousands of organisations overnight.

A sustainable approach has three parts:

- **Know what you run.** Keep lockfiles in version control and generate a software bill of materials (SBOM) for each release.
- **Get told about problems.** Run a scanner in CI that fails the build on high-severity advisories.
- **Make upgrades routine.** Small weekly updates are far less risky than one huge upgrade a year.

\`\`\`bash
# Node.js: report known vulnerabilities in production dependencies
npm audit --omit=dev --audit-level=high

# Python: scan installed packages against the PyPA advisory database
pip-audit -r requirements.txt
\`\`\`

Not every advisory matters equally. Check whether the vulnerable function is actually reachable from your code and whether the component is exposed to untrusted input. A critical bug in a test-only dependency can wait; a moderate one in your HTTP parser probably cannot.`,
          },
          {
            title: "Logging that helps investigations",
            durationMinutes: 14,
            body: `When something goes wrong, responders ask the same questions: **who** did **what**, **when**, from **where**, and did it **succeed**? Logs that cannot answer those questions are just noise.

Log security-relevant events as structured data so they can be searched and correlated:

\`\`\`json
{"ts":"2024-05-02T09:14:03Z","event":"login","user_id":"u_4821",
 "src_ip":"203.0.113.17","mfa":true,"result":"success","request_id":"9f3c..."}
\`\`\`

Events worth recording include:

- Logins, logouts, failed logins and MFA challenges
- Permission changes and new API keys
- Access to sensitive records, such as exports and admin views
- Configuration changes in production

Equally important is what **not** to log: passwords, session tokens, full card numbers and secrets. Those turn your log platform into a second, less protected copy of your most valuable data.

Finally, make logs hard to tamper with. Ship them off the host quickly to a separate account or service with its own access controls, and keep them long enough to cover how long attacks typically go unnoticed, which is often weeks rather than days.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 344,
  },
  {
    slug: "threat-modelling-essentials",
    title: "Threat Modelling Essentials",
    providerSlug: "bastion-security-institute",
    skillSlugs: ["cybersecurity"],
    summary:
      "Find design flaws before they ship: draw data flow diagrams, mark trust boundaries, apply STRIDE and turn what you find into ranked, actionable mitigations.",
    description: `Fixing a security flaw in a design document costs minutes; fixing it in production can cost a quarter. Threat modelling is the structured conversation that finds those flaws early, and it works best when developers, not just security specialists, lead it.

This course teaches a lightweight method you can run in a 60-minute session with your team:

- Model the system with a data flow diagram
- Identify threats with STRIDE
- Rate them and agree on mitigations that land in the backlog

Every lesson uses the same running example, a food-delivery app with a mobile client, an API and a payments provider, so you can see the whole method end to end.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 180,
    priceAmount: 4900,
    currency: "GBP",
    outcomes: [
      "Draw a data flow diagram with processes, data stores, external entities and trust boundaries",
      "Run a threat modelling session using the four key questions",
      "Apply STRIDE systematically to each element of a diagram",
      "Rate threats consistently and write mitigations developers can implement",
    ],
    requirements: [
      "Experience working on a software team that designs and ships features",
      "Familiarity with basic security terms such as authentication and encryption",
    ],
    modules: [
      {
        title: "Modelling the system",
        lessons: [
          {
            title: "Data flow diagrams and trust boundaries",
            durationMinutes: 15,
            isPreview: true,
            body: `A threat model starts with a picture of the system. The most useful format is a **data flow diagram (DFD)**, which uses just four shapes:

| Element | Shape | Example |
|---|---|---|
| External entity | Rectangle | Customer's phone, payment provider |
| Process | Circle | Orders API, notification worker |
| Data store | Two parallel lines | Orders database, S3 bucket |
| Data flow | Arrow | HTTPS request, queue message |

On top of these you draw **trust boundaries**: dashed lines wherever data crosses from one level of trust to another. Typical boundaries sit between the internet and your API, between your API and a third-party service, and between an application and its database.

Trust boundaries matter because nearly every threat lives on a flow that crosses one. Data arriving from the customer's phone must be treated as hostile; data returning from the payment provider must be verified before you act on it.

Keep the first diagram small. Ten to fifteen elements is enough for a feature-level model. If a diagram needs a second page, split it by feature rather than adding detail nobody will read.`,
          },
          {
            title: "The four questions of threat modelling",
            durationMinutes: 12,
            body: `The Threat Modeling Manifesto summarises the whole practice as four questions. They make a good agenda for a one-hour session.

1. **What are we working on?** Walk through the data flow diagram. Agree on scope: the new "group order" feature, not the entire platform.
2. **What can go wrong?** Brainstorm threats, ideally guided by STRIDE so the discussion does not fixate on one attack type.
3. **What are we going to do about it?** For each threat choose to mitigate, eliminate, transfer or accept it, and record who owns the decision.
4. **Did we do a good enough job?** Check that mitigations became tickets and that the model will be revisited when the design changes.

In the food-delivery example, question 2 might surface: "a user adds items to someone else's group order by guessing the order ID". Question 3 turns that into a concrete mitigation: "group order IDs are random 128-bit values and joining requires an invite token".

Invite at least one developer who will build the feature, someone who understands operations, and one person who can make product trade-offs. A security specialist helps but is not required.`,
          },
        ],
      },
      {
        title: "Finding and ranking threats",
        lessons: [
          {
            title: "STRIDE, one element at a time",
            durationMinutes: 18,
            body: `**STRIDE**, created at Microsoft, is a mnemonic for six threat categories. Each one violates a security property you want to keep.

| Threat | Violates | Example in a delivery app |
|---|---|---|
| **S**poofing | Authentication | Attacker reuses a stolen courier session token |
| **T**ampering | Integrity | Client edits the delivery fee in the request body |
| **R**epudiation | Non-repudiation | Customer denies placing an order; no audit trail exists |
| **I**nformation disclosure | Confidentiality | API returns other customers' addresses |
| **D**enial of service | Availability | Unbounded search query exhausts the database |
| **E**levation of privilege | Authorisation | Courier account calls an admin refund endpoint |

Apply STRIDE **per element** rather than to the system as a whole. Not every category applies to every shape:

- External entities: spoofing and repudiation
- Data flows: tampering, information disclosure and denial of service
- Data stores: tampering, information disclosure, denial of service, and repudiation for logs
- Processes: all six

Working element by element feels slow, but it is what stops a session from producing only the three threats everyone already knew about.`,
          },
          {
            title: "Rating risk and writing mitigations",
            durationMinutes: 15,
            body: `A threat list is only useful once it is ranked. Keep the rating scheme simple enough that the team applies it consistently. A three-by-three grid works well:

| | Low impact | Medium impact | High impact |
|---|---|---|---|
| **Likely** | Medium | High | Critical |
| **Possible** | Low | Medium | High |
| **Unlikely** | Low | Low | Medium |

Rate likelihood by asking how much skill and access an attacker needs. Rate impact by asking what happens to customers, money and data if the attack succeeds.

Then write each mitigation so that a developer can implement and test it. Compare:

- Weak: "Improve authorisation on orders."
- Strong: "\`GET /orders/{id}\` returns 404 unless the caller owns the order or belongs to its group; add an integration test for a second user."

Link every critical and high item to a ticket, and record accepted risks with a named owner and a review date. Accepting a risk is a legitimate decision, but it should be a visible one rather than an accident.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 137,
  },
  {
    slug: "incident-response-playbooks",
    title: "Incident Response: From First Alert to Post-Incident Review",
    providerSlug: "bastion-security-institute",
    skillSlugs: ["incident-response", "cybersecurity"],
    summary:
      "Run security incidents with confidence: prepare roles and playbooks, triage alerts, contain attackers without destroying evidence and lead blameless reviews.",
    description: `When an alert fires at 2 a.m., the teams that do well are not the ones with the most tools. They are the ones who already know who is in charge, what to preserve and when to pull the plug.

This course follows the NIST incident handling lifecycle and turns it into practical playbooks. You will work through a simulated compromise of a cloud-hosted web application, from the first suspicious login to the final report.

- Templates for severity levels, incident roles and status updates
- A containment decision checklist
- A post-incident review format your engineers will actually attend`,
    level: "intermediate",
    language: "en",
    durationMinutes: 420,
    priceAmount: 12900,
    currency: "USD",
    outcomes: [
      "Describe each phase of the NIST incident response lifecycle and what happens in it",
      "Define severity levels and incident roles for your organisation",
      "Triage alerts quickly and decide whether to declare an incident",
      "Contain a compromised host or account while preserving forensic evidence",
      "Plan safe recovery and verify that the attacker has been removed",
      "Facilitate a blameless post-incident review that produces real improvements",
    ],
    requirements: [
      "Working knowledge of Linux or Windows administration",
      "Some exposure to logs and alerting in a production environment",
    ],
    modules: [
      {
        title: "Preparing for incidents",
        lessons: [
          {
            title: "The incident response lifecycle",
            durationMinutes: 14,
            isPreview: true,
            body: `NIST Special Publication 800-61 describes incident handling as a cycle of four phases. Most mature teams use it, or something close to it, as their backbone.

1. **Preparation:** playbooks, contact lists, logging, access to forensic tools and practice exercises.
2. **Detection and analysis:** spotting indicators, validating them and determining scope.
3. **Containment, eradication and recovery:** stopping the spread, removing the attacker and restoring service.
4. **Post-incident activity:** reviewing what happened and feeding lessons back into preparation.

The arrow from phase 4 back to phase 1 is the point. Every incident should leave you better prepared for the next one.

In practice phases overlap. While one responder contains a compromised laptop, another is still analysing logs to see whether other machines are affected. Discovering a new indicator sends you back to detection and analysis.

Preparation is where most of the value lies and where most teams underinvest. Ask yourself now: if a production credential leaked today, do you know who can rotate it, where the logs are, and how to reach the legal team out of hours? If not, that is your first playbook.`,
          },
          {
            title: "Severity levels and roles",
            durationMinutes: 16,
            body: `Clear severity levels decide how loud the response is. Define them in terms of business impact so anyone can apply them:

| Severity | Example | Response |
|---|---|---|
| SEV1 | Confirmed customer data exfiltration | Page leadership, 24/7 response, legal and comms engaged |
| SEV2 | Attacker foothold on a production host | Dedicated team during working hours and on call overnight |
| SEV3 | Single phished employee, no lateral movement seen | Handled by on-call security within one working day |

Larger incidents also need explicit **roles**, so that people do not all investigate the same log file while nobody talks to customers:

- **Incident commander:** owns decisions and priorities but does not do hands-on analysis
- **Operations lead:** coordinates the technical investigation and containment
- **Communications lead:** writes internal updates and works with legal and PR on external ones
- **Scribe:** keeps a timestamped log of actions and decisions

The scribe's timeline is gold later. Regulators, insurers and your own review will all ask exactly when you knew what. Agree on the channel where that timeline lives before you need it.`,
          },
        ],
      },
      {
        title: "Detection and containment",
        lessons: [
          {
            title: "Triage: is this really an incident?",
            durationMinutes: 18,
            body: `Most alerts are not incidents. Triage is the disciplined process of deciding quickly, and writing down why.

Work through four questions for each alert:

1. **Is it real?** Check the raw event, not just the alert title. Was the "impossible travel" login actually a VPN exit node?
2. **What is affected?** Identify the user, host and data involved.
3. **Is it ongoing?** Look for activity after the initial event.
4. **What is the worst credible case?** A failed login is different from a successful one followed by a new API key.

Quick pivots save time. For a suspicious login, search the same account and source IP across other systems:

\`\`\`bash
# Find every successful login from the same IP in the last 7 days
jq -c 'select(.src_ip=="198.51.100.23" and .result=="success")' auth-*.json
\`\`\`

Declare an incident when you have **reasonable suspicion** of compromise, not proof. Declaring early is cheap; you can always downgrade. Declaring late means evidence has rotated out of logs and the attacker has had extra hours. Record your decision and reasoning either way.`,
          },
          {
            title: "Containment without destroying evidence",
            durationMinutes: 20,
            body: `The instinct when you find a compromised machine is to wipe it. Resist it. Rebuilding destroys the evidence you need to learn how the attacker got in and what else they touched.

Collect evidence in **order of volatility**, most fragile first:

1. Memory contents and running processes
2. Network connections and routing tables
3. Temporary files and disk contents
4. Remote logs and backups

Then contain in ways that stop the attacker while preserving state:

- **Network isolation:** use your EDR tool's isolate function, or move a cloud instance into a security group with no inbound or outbound rules.
- **Snapshot before changes:** in the cloud, snapshot volumes first.
- **Disable, don't delete:** disable compromised accounts and revoke their sessions and keys.

\`\`\`bash
# AWS: preserve the disk, then cut the instance off from the network
aws ec2 create-snapshot --volume-id vol-0abc123 --description "IR-2024-017 evidence"
aws ec2 modify-instance-attribute --instance-id i-0def456 --groups sg-isolation
\`\`\`

Some situations justify immediate destructive action, such as active ransomware encryption. Make that call consciously and have the incident commander record it in the timeline.`,
          },
        ],
      },
      {
        title: "Recovery and learning",
        lessons: [
          {
            title: "Eradication and safe recovery",
            durationMinutes: 16,
            body: `**Eradication** removes everything the attacker left behind; **recovery** returns systems to normal service. Rushing either invites a second incident, because attackers commonly keep several ways back in.

Before recovering, make sure you have addressed:

- **The initial access vector:** the unpatched server, phished password or leaked key
- **Persistence:** new accounts, SSH keys, scheduled tasks, OAuth grants and modified startup scripts
- **Credentials the attacker could have seen:** rotate anything stored or used on affected systems
- **Lateral movement:** check every system the compromised identity could reach

Rebuild affected hosts from known-good images instead of cleaning them by hand. It is faster to verify an image built by your pipeline than to prove that a cleaned server contains nothing unexpected.

Recover in stages and watch closely. Bring one service back, confirm normal behaviour, and keep heightened monitoring for the indicators you found, such as IP addresses, file hashes and user agents, for several weeks. If the attacker returns, you want to see it within minutes, not rediscover it at the next audit.`,
          },
          {
            title: "Blameless post-incident reviews",
            durationMinutes: 15,
            body: `A post-incident review exists to improve the system, not to find someone to punish. If people fear blame, they hide details, and the review learns nothing.

Hold the review within a week while memories are fresh. A simple structure:

1. **Timeline:** walk through the scribe's log and fill gaps.
2. **What went well:** name practices worth keeping, such as fast detection or clear comms.
3. **Contributing factors:** ask "how did this make sense at the time?" rather than "who made the mistake?"
4. **Actions:** a short list of specific, owned, dated improvements.

Language matters. Compare:

- Blaming: "Sam clicked the phishing link."
- Blameless: "The phishing email passed our filters, the login page accepted a password without MFA, and no alert fired for the new mail-forwarding rule."

The second version produces three fixes. The first produces a nervous employee.

Track review actions like any other engineering work and report on their completion. A review whose actions never ship is worse than no review, because it teaches everyone that the process is theatre.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 61,
  },
  {
    slug: "owasp-top-10-web-application-security",
    title: "Web Application Security: The OWASP Top 10 in Practice",
    providerSlug: "bastion-security-institute",
    skillSlugs: ["cybersecurity"],
    summary:
      "Understand, exploit and fix the most common web vulnerabilities from the OWASP Top 10, with vulnerable code samples, working attacks and tested remediations.",
    description: `The OWASP Top 10 is the industry's shared list of the most critical web application security risks. Knowing the names is easy. Recognising them in a pull request, and knowing the right fix, takes practice.

Each lesson takes one category, shows a realistic vulnerable snippet, demonstrates the attack and then applies the fix. Examples use Python and JavaScript, but the ideas carry over to any stack.

- Broken access control and insecure direct object references
- Injection, cryptographic failures and misconfiguration
- Vulnerable components and server-side request forgery

By the end you will review code with a sharper eye and know which automated checks are worth adding to your pipeline.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 360,
    priceAmount: 7900,
    currency: "USD",
    outcomes: [
      "Identify broken access control and IDOR flaws in API endpoints",
      "Prevent SQL injection with parameterised queries and safe ORM usage",
      "Store passwords correctly and avoid common cryptographic mistakes",
      "Harden HTTP responses with security headers and safe defaults",
      "Manage vulnerable dependencies and defend against SSRF",
    ],
    requirements: [
      "Experience building web applications or APIs in any language",
      "Basic understanding of HTTP requests, responses and cookies",
    ],
    modules: [
      {
        title: "Access control and injection",
        lessons: [
          {
            title: "Broken access control and IDOR",
            durationMinutes: 18,
            isPreview: true,
            body: `Broken access control is number one in the OWASP Top 10 (2021). It covers any case where a user can act outside their intended permissions. The most common form is the **insecure direct object reference (IDOR)**.

Here is a typical vulnerable endpoint:

\`\`\`python
@app.get("/api/invoices/<int:invoice_id>")
def get_invoice(invoice_id):
    invoice = db.invoices.get(invoice_id)   # any logged-in user can read any invoice
    return jsonify(invoice)
\`\`\`

An attacker logged in as one customer changes \`/api/invoices/1041\` to \`/api/invoices/1040\` and reads someone else's invoice. Random IDs make guessing harder but do not fix the bug.

The fix is to check ownership on the server for every request:

\`\`\`python
invoice = db.invoices.get(invoice_id)
if invoice is None or invoice.account_id != current_user.account_id:
    abort(404)   # 404 rather than 403 avoids confirming the record exists
\`\`\`

Good habits that prevent this class of bug:

- Deny by default and centralise authorisation checks
- Scope queries by tenant, e.g. \`WHERE account_id = ?\`
- Write tests that request another user's resources and expect failure`,
          },
          {
            title: "Injection and parameterised queries",
            durationMinutes: 18,
            body: `Injection happens when untrusted input is concatenated into something that is later interpreted: an SQL query, a shell command or an LDAP filter. The interpreter cannot tell data from code.

\`\`\`python
# Vulnerable: the input becomes part of the SQL statement
query = f"SELECT * FROM users WHERE email = '{email}'"
\`\`\`

With \`email\` set to \`' OR '1'='1\`, the query returns every user. Variants can read other tables with \`UNION\`, or modify data.

The fix is a **parameterised query**, which sends the SQL and the values separately:

\`\`\`python
cur.execute("SELECT * FROM users WHERE email = %s", (email,))
\`\`\`

The driver never splices the value into the statement text, so quotes in the input are just characters.

Keep these rules in mind:

- ORMs are safe by default, but raw-query helpers are not. Search your code for string formatting near \`execute\` or \`raw\`.
- Identifiers such as column names for sorting cannot be parameterised. Validate them against an allow-list.
- For shell commands, pass an argument list (\`subprocess.run(["convert", path])\`) instead of a string with \`shell=True\`.

Input validation helps, but parameterisation is the real fix.`,
          },
        ],
      },
      {
        title: "Cryptography and configuration",
        lessons: [
          {
            title: "Cryptographic failures",
            durationMinutes: 16,
            body: `Cryptographic failures, formerly called "sensitive data exposure", cover data that is unprotected or protected badly. The commonest mistakes are not broken ciphers but wrong choices.

**Password storage** is the classic example. Passwords must be hashed with a slow, salted algorithm designed for the purpose:

| Approach | Verdict |
|---|---|
| Plain text or reversible encryption | Never |
| MD5, SHA-1 or SHA-256, even salted | Too fast: GPUs try billions per second |
| bcrypt, scrypt or Argon2id | Correct |

\`\`\`python
from argon2 import PasswordHasher
ph = PasswordHasher()
stored = ph.hash(password)
ph.verify(stored, attempt)   # raises VerifyMismatchError on failure
\`\`\`

Other frequent failures:

- Serving any page over plain HTTP, or missing HSTS so browsers can be downgraded
- Hard-coding encryption keys in source code
- Using ECB mode or reusing nonces with AES-GCM
- Generating tokens with \`random\` instead of a cryptographically secure source such as Python's \`secrets\`

A useful rule: use high-level, well-reviewed libraries and never design your own scheme. If you find yourself choosing a cipher mode by hand, step back.`,
          },
          {
            title: "Security misconfiguration and HTTP headers",
            durationMinutes: 14,
            body: `Security misconfiguration covers insecure defaults, unnecessary features and verbose errors. It is easy to introduce and easy to detect, which makes it a favourite of automated scanners.

Typical findings include:

- Debug mode enabled in production, exposing stack traces and settings
- Default admin credentials left on a database console
- Directory listing turned on for a static file server
- Cloud storage buckets readable by anyone

Browsers also offer protections that only work if you opt in with response headers:

| Header | Purpose | Example value |
|---|---|---|
| \`Strict-Transport-Security\` | Force HTTPS | \`max-age=31536000; includeSubDomains\` |
| \`Content-Security-Policy\` | Limit script sources, reducing XSS impact | \`default-src 'self'\` |
| \`X-Content-Type-Options\` | Stop MIME sniffing | \`nosniff\` |
| \`Referrer-Policy\` | Limit URL leakage | \`strict-origin-when-cross-origin\` |
| \`frame-ancestors\` (CSP) | Prevent clickjacking | \`frame-ancestors 'none'\` |

Check a site quickly with:

\`\`\`bash
curl -sI https://example.com | grep -iE 'strict-transport|content-security|x-content-type'
\`\`\`

Put configuration in version control and review it like code, so a safe setting cannot silently drift back to the default.`,
          },
        ],
      },
      {
        title: "Components and server-side requests",
        lessons: [
          {
            title: "Vulnerable and outdated components",
            durationMinutes: 14,
            body: `Your application inherits the vulnerabilities of every library, framework and base image it uses. The 2017 Equifax breach began with an Apache Struts flaw that had a patch available for two months.

Three practices keep component risk manageable:

1. **Inventory.** Commit lockfiles and produce an SBOM per build, for example with Syft:

\`\`\`bash
syft ghcr.io/acme/orders-api:1.8.2 -o cyclonedx-json > sbom.json
\`\`\`

2. **Continuous scanning.** Scan dependencies and container images in CI and again on a schedule, because new advisories appear for code that has not changed.

\`\`\`bash
trivy image --severity HIGH,CRITICAL --exit-code 1 ghcr.io/acme/orders-api:1.8.2
\`\`\`

3. **Automated updates.** Tools such as Dependabot or Renovate open small pull requests that your test suite can validate.

When an advisory lands, triage by exposure. Is the vulnerable function reachable? Does it process attacker-controlled input? Is the service internet-facing? A critical CVE in an internal batch job may rank below a high one in your public API gateway.

Also watch for abandoned packages. No advisories can mean no maintainers looking, rather than no bugs.`,
          },
          {
            title: "Server-side request forgery (SSRF)",
            durationMinutes: 16,
            body: `**SSRF** occurs when an application fetches a URL supplied by the user and an attacker points it at something internal. Features like "import from URL", webhooks and link previews are common sources.

In cloud environments the classic target is the instance metadata service at \`169.254.169.254\`, which can return temporary credentials:

\`\`\`text
POST /api/import
{"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/app-role"}
\`\`\`

The 2019 Capital One breach used a similar path to steal cloud credentials and read over 100 million records.

Defences work best in layers:

- **Allow-list** destinations where possible, such as known webhook domains.
- **Resolve, then check.** Resolve the hostname, reject private, loopback and link-local ranges, then connect to that exact IP so a DNS change cannot swap the target between check and use.
- **Disable redirects,** or re-validate every hop.
- **Require IMDSv2** on AWS, which needs a session token obtained via a PUT request that simple SSRF cannot perform.
- **Egress controls:** run URL-fetching workers in a network segment that cannot reach internal services.

Never rely on blocking the string "169.254.169.254"; decimal, hex and IPv6 forms bypass naive filters.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 24,
  },
  {
    slug: "network-defence-fundamentals",
    title: "Network Defence Fundamentals",
    providerSlug: "bastion-security-institute",
    skillSlugs: ["cybersecurity"],
    summary:
      "Segment networks, write tight firewall rules, read packet captures and deploy intrusion detection so attackers find it hard to move and easy to spot.",
    description: `Attackers rarely land on the system they want. They land somewhere easier and move sideways. Good network defence makes that movement slow, noisy and visible.

This course covers the practical core of network security for system administrators and platform engineers:

- Designing zones and segmentation that reflect real trust levels
- Writing default-deny firewall rules with nftables
- Capturing and reading traffic with tcpdump
- Detecting known attack patterns with Suricata

Labs run in a small virtual network you can start on your laptop, with a simulated attacker generating traffic for you to find.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 300,
    priceAmount: 7900,
    currency: "GBP",
    outcomes: [
      "Design network zones and decide which flows between them are allowed",
      "Write and test default-deny firewall rules with nftables",
      "Capture traffic with tcpdump using precise filters",
      "Read Suricata alerts and write a simple custom rule",
    ],
    requirements: [
      "Comfort with the Linux command line",
      "Basic knowledge of IP addresses, ports and TCP",
    ],
    modules: [
      {
        title: "Segmentation and filtering",
        lessons: [
          {
            title: "Network segmentation and zones",
            durationMinutes: 15,
            isPreview: true,
            body: `A **flat network**, where every machine can reach every other, lets one compromised laptop become a compromised data centre. **Segmentation** divides the network into zones and allows only the flows that are needed.

A common starting design:

| Zone | Contains | May initiate connections to |
|---|---|---|
| DMZ | Load balancers, reverse proxies | App zone on 443 only |
| App | Application servers | Data zone on database ports |
| Data | Databases, file stores | Nothing (responds only) |
| Management | Bastion hosts, monitoring | All zones on SSH and metrics ports |
| User | Staff laptops | DMZ and SaaS; Management via VPN with MFA |

Notice two things. First, rules describe **who initiates**: databases should never open connections to the internet. Second, the management zone is powerful, so access to it is tightly controlled and logged.

Segmentation also improves detection. When the data zone suddenly tries to reach an external IP, that is almost certainly wrong and easy to alert on. In a flat network the same connection hides among thousands of legitimate ones.

Start by documenting the flows you actually have; logs from your firewall or VPC flow logs are a good source.`,
          },
          {
            title: "Writing firewall rules with nftables",
            durationMinutes: 20,
            body: `**nftables** is the modern Linux packet filtering framework, replacing iptables. A good host firewall follows a **default-deny** policy: drop everything, then allow what is needed.

\`\`\`bash
#!/usr/sbin/nft -f
flush ruleset

table inet filter {
  chain input {
    type filter hook input priority 0; policy drop;

    iif "lo" accept
    ct state established,related accept
    ct state invalid drop

    ip saddr 10.20.0.0/24 tcp dport 22 accept   # SSH from management only
    tcp dport { 80, 443 } accept                # public web traffic
    icmp type echo-request limit rate 5/second accept

    log prefix "nft-drop: " limit rate 10/minute
  }
}
\`\`\`

Key points in this ruleset:

- **\`ct state established,related\`** allows replies to connections the host started, so outbound traffic works without broad inbound rules.
- **Order matters:** rules are evaluated top to bottom and the first accept or drop wins.
- **Rate-limited logging** of dropped packets gives visibility without filling the disk.

Test before locking yourself out. Load rules with a timer that restores the old set unless you confirm, or keep a console session open. Check the active rules with \`nft list ruleset\` and store the file in version control.`,
          },
        ],
      },
      {
        title: "Seeing what happens on the wire",
        lessons: [
          {
            title: "Reading packet captures with tcpdump",
            durationMinutes: 18,
            body: `When logs disagree or are missing, packets tell the truth. **tcpdump** captures traffic on the command line and writes it to pcap files you can analyse later in Wireshark.

Useful commands:

\`\`\`bash
# Capture DNS traffic on eth0, no name resolution, write to a file
sudo tcpdump -i eth0 -nn -w dns.pcap 'udp port 53'

# Show TCP connection attempts (SYN without ACK) to any host
sudo tcpdump -i eth0 -nn 'tcp[tcpflags] & (tcp-syn|tcp-ack) == tcp-syn'

# Traffic between two hosts, excluding SSH so you don't capture yourself
sudo tcpdump -i eth0 -nn 'host 10.0.1.5 and host 10.0.2.9 and not port 22'
\`\`\`

The filter language is **BPF**. Filtering at capture time keeps files small and avoids collecting data you do not need, which matters for privacy.

Patterns worth recognising:

- **Port scans:** many SYNs from one source to many ports, mostly answered by RST
- **Beaconing:** small connections to the same external IP at regular intervals, a sign of malware checking in
- **DNS tunnelling:** unusually long, random-looking subdomains in DNS queries

Remember that TLS hides payloads. You still see who talks to whom, when and how much, and that metadata is often enough.`,
          },
          {
            title: "Intrusion detection with Suricata",
            durationMinutes: 20,
            body: `**Suricata** is an open-source network intrusion detection system (IDS). It inspects traffic against rule sets such as Emerging Threats Open and writes alerts as JSON to \`eve.json\`.

A Suricata rule has a header and options:

\`\`\`text
alert http $HOME_NET any -> $EXTERNAL_NET any (
  msg:"Possible curl download to internal server";
  flow:established,to_server;
  http.user_agent; content:"curl/"; startswith;
  classtype:policy-violation; sid:1000001; rev:1;)
\`\`\`

Read it left to right: alert on HTTP traffic from our network to outside, where the client sends a user agent starting with \`curl/\`. Production servers downloading tools with curl is often a sign of post-exploitation activity.

Query alerts quickly with jq:

\`\`\`bash
jq -r 'select(.event_type=="alert") | [.timestamp, .src_ip, .dest_ip, .alert.signature] | @tsv' eve.json
\`\`\`

Keep an IDS useful by:

- Placing sensors where they see east-west traffic, not just the internet edge
- Tuning or disabling noisy rules instead of ignoring all alerts
- Forwarding alerts to your SIEM so they can be correlated with host logs

An IDS detects; it does not block unless run inline as an IPS. Start in detection mode and only block once rules are proven quiet.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 221,
  },
  {
    slug: "cloud-security-foundations",
    title: "Cloud Security Foundations on AWS",
    providerSlug: "bastion-security-institute",
    skillSlugs: ["cybersecurity", "cloud-computing"],
    summary:
      "Secure AWS environments the way attackers test them: account guardrails, encryption with KMS, IMDSv2, CloudTrail detection and hunting for public exposure.",
    description: `Cloud breaches rarely involve breaking the provider. They involve misconfigured storage, leaked keys and over-permissive roles, which are all things the customer controls.

This advanced course is written for engineers who already deploy to AWS and want to secure it properly. Each module pairs a concept with the attacker technique it defends against, drawn from published incident reports.

- Multi-account structure and service control policies
- Encryption, key policies and metadata service hardening
- Audit logging and detecting exposed resources

Most principles carry over to Azure and Google Cloud; where they differ, lessons note the equivalent service.`,
    level: "advanced",
    language: "en",
    durationMinutes: 540,
    priceAmount: 19900,
    currency: "USD",
    outcomes: [
      "Explain the shared responsibility model for IaaS, PaaS and SaaS services",
      "Design a multi-account structure with preventive guardrails",
      "Use KMS keys and key policies to control access to encrypted data",
      "Enforce IMDSv2 and explain how it mitigates SSRF credential theft",
      "Query CloudTrail to investigate suspicious API activity",
      "Find and fix publicly exposed storage and network resources",
    ],
    requirements: [
      "At least six months of hands-on experience with AWS",
      "Familiarity with IAM users, roles and policies",
      "Comfort with the AWS CLI",
    ],
    modules: [
      {
        title: "Shared responsibility and accounts",
        lessons: [
          {
            title: "The shared responsibility model",
            durationMinutes: 14,
            isPreview: true,
            body: `Every cloud provider publishes a **shared responsibility model**: the provider secures the cloud itself, and you secure what you put in it. Where the line falls depends on the service type.

| Layer | IaaS (EC2) | PaaS (RDS, Lambda) | SaaS (email, CRM) |
|---|---|---|---|
| Physical data centre | Provider | Provider | Provider |
| Hypervisor and hardware | Provider | Provider | Provider |
| Operating system patches | **You** | Provider | Provider |
| Application code | **You** | **You** | Provider |
| Network access rules | **You** | **You** | Provider |
| Identity and access | **You** | **You** | **You** |
| Your data and its classification | **You** | **You** | **You** |

Two rows never move to the provider: **identity** and **data**. Even with a fully managed SaaS product, you decide who gets an account, whether MFA is enforced and what data you upload.

Industry analyses consistently find that the vast majority of cloud security failures are on the customer side of the line, usually misconfiguration. That is encouraging: it means the controls that matter most are ones you can change today.

When adopting a new service, write down which rows are yours. It quickly reveals gaps, such as nobody owning patching for a self-managed database on EC2.`,
          },
          {
            title: "Multi-account structure and guardrails",
            durationMinutes: 20,
            body: `An AWS account is the strongest isolation boundary you have. Putting production, staging and experiments in one account means one mistake can reach everything. Use **AWS Organizations** to split workloads into many accounts grouped in organisational units (OUs):

- **Security OU:** log archive account and security tooling account
- **Workloads OU:** separate prod and non-prod accounts per product
- **Sandbox OU:** experiments with spending limits

**Service control policies (SCPs)** then set the maximum permissions in member accounts. Even an account administrator cannot exceed them. This SCP stops anyone from disabling CloudTrail:

\`\`\`json
{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "ProtectCloudTrail",
    "Effect": "Deny",
    "Action": ["cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "cloudtrail:UpdateTrail"],
    "Resource": "*"
  }]
}
\`\`\`

Other high-value guardrails:

- Deny use of regions you do not operate in
- Deny leaving the organisation
- Require IMDSv2 on new EC2 instances

Test SCPs in a non-production OU first. They apply to everything in the OU, including automation, so a careless deny can break deployments.`,
          },
        ],
      },
      {
        title: "Protecting data and workloads",
        lessons: [
          {
            title: "Encryption and key management with KMS",
            durationMinutes: 18,
            body: `Most AWS services can encrypt data at rest with a checkbox. The security value depends on **who controls the key**.

| Key type | Who manages the policy | Typical use |
|---|---|---|
| AWS owned key | AWS, invisible to you | Default for some services |
| AWS managed key (\`aws/s3\`) | AWS | Convenient, little control |
| Customer managed key | **You** | Sensitive data, cross-account control |

With a **customer managed key**, access to the data requires both permission on the resource and permission to use the key. That gives you a second, independent control: a leaked role that can read an S3 bucket still cannot decrypt its objects without \`kms:Decrypt\` on the key.

A key policy statement that restricts decryption to one role:

\`\`\`json
{
  "Sid": "AllowAppDecrypt",
  "Effect": "Allow",
  "Principal": {"AWS": "arn:aws:iam::111122223333:role/orders-api"},
  "Action": ["kms:Decrypt", "kms:GenerateDataKey"],
  "Resource": "*"
}
\`\`\`

Services use **envelope encryption**: KMS encrypts a small data key, and the data key encrypts your data. Every use of the key is logged in CloudTrail, which is useful during investigations. Enable automatic rotation, and schedule key deletion carefully: deleted keys make their data unrecoverable.`,
          },
          {
            title: "Securing the instance metadata service",
            durationMinutes: 14,
            body: `Every EC2 instance can query the **instance metadata service (IMDS)** at \`169.254.169.254\`. It returns configuration, including temporary credentials for the instance's IAM role. That makes it a prime target for server-side request forgery.

**IMDSv1** answers any simple GET request, so an SSRF bug that makes the application fetch a URL is enough to leak credentials. **IMDSv2** requires a session token obtained with a PUT request carrying a special header:

\`\`\`bash
TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token" \\
  -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")
curl -s -H "X-aws-ec2-metadata-token: $TOKEN" \\
  http://169.254.169.254/latest/meta-data/iam/security-credentials/
\`\`\`

Most SSRF flaws only let an attacker control a URL for a GET request, so they cannot complete this handshake. IMDSv2 also sets a default hop limit of 1 on responses, blocking access from containers behind an extra network hop unless you raise it.

To enforce it:

- Set \`HttpTokens=required\` in launch templates
- Enforce it on existing instances with \`aws ec2 modify-instance-metadata-options\`
- Use an SCP or AWS Config rule to prevent new instances without it

Check CloudWatch's \`MetadataNoToken\` metric first to find software still using IMDSv1.`,
          },
        ],
      },
      {
        title: "Detection in the cloud",
        lessons: [
          {
            title: "Audit logging with CloudTrail",
            durationMinutes: 20,
            body: `**CloudTrail** records API calls made in your AWS accounts: who called what, from where, and whether it succeeded. It is the first place to look in almost every cloud investigation.

Set it up properly:

- An **organisation trail** covering all accounts and all regions
- Logs delivered to an S3 bucket in a separate log archive account
- Log file validation enabled so tampering is detectable
- Data events for sensitive S3 buckets, which are off by default

A CloudTrail record contains fields such as \`eventName\`, \`userIdentity.arn\`, \`sourceIPAddress\` and \`errorCode\`. With logs in Athena you can ask precise questions:

\`\`\`sql
SELECT eventtime, eventname, sourceipaddress, errorcode
FROM cloudtrail_logs
WHERE useridentity.arn LIKE '%role/ci-deploy%'
  AND eventtime > '2024-05-01'
  AND (errorcode = 'AccessDenied' OR eventname LIKE 'Create%Key%')
ORDER BY eventtime;
\`\`\`

Events that deserve alerts:

- \`ConsoleLogin\` without MFA, or by the root user
- \`CreateAccessKey\` for a user who never used keys before
- \`PutBucketPolicy\` or \`PutBucketAcl\` granting public access
- Bursts of \`AccessDenied\`, which often indicate an attacker enumerating permissions`,
          },
          {
            title: "Finding public exposure",
            durationMinutes: 16,
            body: `Publicly exposed resources are the most common root cause of cloud data leaks. The good news is that exposure is easy to detect systematically.

**Storage.** Turn on S3 Block Public Access at the account level, which overrides any bucket policy or ACL that would make data public:

\`\`\`bash
aws s3control put-public-access-block --account-id 111122223333 \\
  --public-access-block-configuration \\
  BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
\`\`\`

Genuinely public content, such as website assets, belongs behind a CDN in a dedicated account.

**Network.** Look for security groups that allow \`0.0.0.0/0\` on administrative ports:

\`\`\`bash
aws ec2 describe-security-groups \\
  --filters Name=ip-permission.cidr,Values=0.0.0.0/0 Name=ip-permission.from-port,Values=22,3389 \\
  --query 'SecurityGroups[].[GroupId,GroupName]' --output table
\`\`\`

**Other frequent exposures:**

- Database snapshots and AMIs shared publicly
- RDS instances with \`PubliclyAccessible=true\`
- Lambda function URLs with \`AuthType NONE\`

Use IAM Access Analyzer to list resources shared outside your organisation, and AWS Config rules to flag new exposures continuously rather than during an annual audit.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 45,
  },
  {
    slug: "security-awareness-for-everyone",
    title: "Security Awareness for Non-Engineers",
    providerSlug: "bastion-security-institute",
    skillSlugs: ["cybersecurity"],
    summary:
      "A practical, jargon-free hour for everyone at work: spot phishing and phone scams, protect your accounts with a password manager and MFA, and know what to report.",
    description: `Most successful attacks start with a person, not a computer: a convincing email, an urgent phone call, a reused password. This short course helps anyone, in any role, recognise those moments and respond calmly.

There is no technical background required and no scare tactics. Each lesson uses real examples of scams that reached ordinary inboxes and phones, and ends with two or three habits you can adopt the same day.

Ideal for onboarding new staff, or as a yearly refresher for whole teams.`,
    level: "beginner",
    language: "en",
    durationMinutes: 60,
    priceAmount: 0,
    currency: "EUR",
    outcomes: [
      "Recognise the warning signs of phishing emails and messages",
      "Handle unexpected phone calls and texts that ask for information or money",
      "Use a password manager to create a unique password for every account",
      "Set up multi-factor authentication and resist MFA fatigue attacks",
      "Know what to report, and how quickly, when something looks wrong",
    ],
    requirements: ["No technical knowledge needed; just a work email account and a phone"],
    modules: [
      {
        title: "Spotting attacks",
        lessons: [
          {
            title: "Recognising phishing emails",
            durationMinutes: 10,
            isPreview: true,
            body: `**Phishing** is an email or message designed to trick you into clicking a link, opening a file or handing over information. Modern phishing is often well written and uses real logos, so spelling mistakes are no longer a reliable clue.

Look instead for these warning signs:

- **Urgency or fear:** "Your account will be closed in 24 hours."
- **An unusual request:** a supplier asking to change bank details, or your manager asking for gift cards.
- **A mismatched sender:** the display name says "IT Support" but the address is \`it-support@helpdesk-secure.co\`.
- **Links that go somewhere unexpected:** hover over a link (or long-press on a phone) to see the real address before clicking.
- **Unexpected attachments**, especially ones that ask you to "enable content" or log in to view.

Here is a safe habit that defeats most phishing: **never act on the link in the message**. If an email says there is a problem with your payroll account, open the payroll site from your bookmarks or type the address yourself.

If you are unsure, use the "Report phishing" button or forward the message to your security team. Reporting is never a waste of their time.`,
          },
          {
            title: "Phone, text and in-person scams",
            durationMinutes: 10,
            body: `Attackers do not only use email. They also call, text and sometimes turn up in person, because people tend to trust a friendly voice more than a message.

Common techniques:

| Name | What it looks like |
|---|---|
| Vishing (voice phishing) | A caller claiming to be from IT asks you to read out a code sent to your phone |
| Smishing (SMS phishing) | A text about a missed parcel with a link to "reschedule delivery" |
| Pretexting | Someone invents a believable story, such as a new contractor who "just needs" a door code |
| Tailgating | A person follows you through a secure door carrying boxes |

The common thread is a **story that makes the request feel normal**. The defence is to step outside the story and verify through a channel you already trust:

- Hang up and call back using the number in the staff directory, not the one the caller gave.
- Never share one-time codes. Genuine IT staff will never ask for them.
- It is fine to ask a stranger in the office who they are visiting and walk them to reception.

Being politely sceptical is part of the job, and nobody legitimate will be offended.`,
          },
        ],
      },
      {
        title: "Protecting your accounts",
        lessons: [
          {
            title: "Passwords and password managers",
            durationMinutes: 10,
            body: `When a website is breached, attackers try the stolen email and password combinations on other sites. This is called **credential stuffing**, and it works because many people reuse passwords. A unique password for every account stops it completely.

Nobody can remember hundreds of unique passwords, which is why a **password manager** is the single most useful security tool for most people. It:

- Generates long, random passwords for each site
- Fills them in automatically, and only on the real website, which also helps against phishing
- Stores them encrypted behind one strong master password

For the master password, and anywhere you must remember a password, use a **passphrase**: four or more random words, such as \`lantern-pebble-orbit-custard\`. It is far harder to guess than \`Summer2024!\` and easier to type.

Good habits to adopt today:

1. Install the password manager your organisation provides.
2. Change the passwords on your email and banking accounts first, since they can reset everything else.
3. Check whether your address appears in known breaches at haveibeenpwned.com.`,
          },
          {
            title: "Multi-factor authentication and what to report",
            durationMinutes: 10,
            body: `**Multi-factor authentication (MFA)** asks for something in addition to your password, usually a code or an approval on your phone. Even if someone steals your password, they cannot log in without the second factor.

Not all MFA is equally strong:

| Method | Strength |
|---|---|
| Security key or passkey | Strongest; resistant to phishing |
| Authenticator app code or push with number matching | Strong |
| SMS code | Better than nothing, but vulnerable to SIM swapping |

Watch out for **MFA fatigue**: an attacker with your password triggers dozens of login prompts hoping you tap "Approve" to make them stop. If you receive an approval request you did not start, **deny it and report it**, because it means your password is already known.

Report quickly when:

- You clicked a link or entered a password and then had doubts
- You received an MFA prompt you did not expect
- A laptop or phone is lost or stolen
- A colleague's account sends you something odd

Speed matters more than certainty. An early report can turn a serious incident into a ten-minute password reset. You will not get into trouble for reporting a mistake.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 9,
  },
  {
    slug: "identity-and-access-management-essentials",
    title: "Identity and Access Management Essentials",
    providerSlug: "bastion-security-institute",
    skillSlugs: ["cybersecurity", "cloud-computing"],
    summary:
      "Design identity and access that scales: authentication versus authorisation, SSO with SAML and OIDC, RBAC and ABAC policies, and joiner-mover-leaver processes.",
    description: `Identity has become the real security perimeter. Staff log in from anywhere to dozens of SaaS tools and cloud consoles, and a single over-privileged account can undo every firewall rule you have.

This course gives IT administrators, platform engineers and security analysts a solid grounding in modern identity and access management (IAM). You will learn how single sign-on works under the hood, how to write access policies that stay understandable as the organisation grows, and how to keep access correct as people join, move and leave.

Examples use Okta-style identity providers and AWS IAM policies, but the concepts apply to any platform.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 240,
    priceAmount: 4900,
    currency: "EUR",
    outcomes: [
      "Distinguish authentication from authorisation and explain where each happens",
      "Explain how SAML and OpenID Connect single sign-on flows work",
      "Choose between RBAC and ABAC and write least-privilege policies",
      "Design joiner, mover and leaver processes and periodic access reviews",
    ],
    requirements: [
      "Experience administering user accounts in any system",
      "Basic familiarity with web logins and JSON",
    ],
    modules: [
      {
        title: "Authentication",
        lessons: [
          {
            title: "Authentication versus authorisation",
            durationMinutes: 12,
            isPreview: true,
            body: `Two words that sound alike describe different problems:

- **Authentication (AuthN)** answers *who are you?* It verifies identity with passwords, passkeys, certificates or MFA.
- **Authorisation (AuthZ)** answers *what are you allowed to do?* It checks permissions after identity is known.

Confusing them causes real bugs. An API that checks for a valid login token but never checks whether the caller may access the requested record has authentication without authorisation, which is exactly the flaw behind most data-exposure incidents.

A typical request passes through both:

1. The user signs in at the identity provider (AuthN) and receives a token.
2. The application validates the token's signature, issuer and expiry, which is still AuthN.
3. The application reads claims such as groups or roles and decides whether this action is allowed (AuthZ).

| Concern | Usually owned by |
|---|---|
| Password policy, MFA, session length | Identity provider |
| Roles, groups, entitlements | Identity provider plus application |
| "Can user X edit invoice Y?" | Application |

Centralising authentication in one identity provider makes MFA and offboarding consistent. Authorisation, however, always needs some logic in the application, because only it understands its own data.`,
          },
          {
            title: "Single sign-on with SAML and OpenID Connect",
            durationMinutes: 18,
            body: `**Single sign-on (SSO)** lets users authenticate once with an identity provider (IdP) and access many applications, called service providers or relying parties. Two protocols dominate.

| | SAML 2.0 | OpenID Connect (OIDC) |
|---|---|---|
| Format | XML assertions | JSON Web Tokens (JWT) |
| Built on | Its own standard | OAuth 2.0 |
| Typical use | Enterprise SaaS | Modern web and mobile apps, APIs |

The OIDC authorisation code flow, simplified:

1. The app redirects the browser to the IdP with a \`client_id\`, \`redirect_uri\`, \`state\` and PKCE challenge.
2. The user authenticates at the IdP, including MFA.
3. The IdP redirects back with a short-lived authorisation **code**.
4. The app exchanges the code, server to server, for an **ID token** and access token.
5. The app validates the ID token's signature, \`iss\`, \`aud\`, \`exp\` and \`nonce\`.

Decoded ID token claims look like this:

\`\`\`json
{"iss":"https://login.acme.example","sub":"00u8k2","aud":"crm-app",
 "exp":1714650000,"email":"li.wei@acme.example","groups":["sales","emea"]}
\`\`\`

Most SSO vulnerabilities come from skipping validation steps, such as accepting tokens meant for another audience. Use a maintained library rather than parsing tokens yourself.`,
          },
        ],
      },
      {
        title: "Authorisation and lifecycle",
        lessons: [
          {
            title: "RBAC, ABAC and policy design",
            durationMinutes: 18,
            body: `Two models cover most authorisation needs.

**Role-based access control (RBAC)** grants permissions to roles and assigns roles to people: "Support Agent" can view customers and issue refunds up to €100. It is easy to audit but can explode into hundreds of narrow roles.

**Attribute-based access control (ABAC)** decides using attributes of the user, resource and context: "allow if the user's department equals the document's department and the request comes from a managed device". It scales better but is harder to reason about.

Many platforms combine them. This AWS IAM policy grants a role access only to resources tagged with the caller's team, which is ABAC on top of a role:

\`\`\`json
{
  "Effect": "Allow",
  "Action": ["ec2:StartInstances", "ec2:StopInstances"],
  "Resource": "*",
  "Condition": {
    "StringEquals": {"aws:ResourceTag/team": "\${aws:PrincipalTag/team}"}
  }
}
\`\`\`

Policy design tips:

- Grant to groups, never directly to individuals
- Prefer explicit allow-lists of actions to wildcards like \`s3:*\`
- Separate duties: whoever approves payments should not also create payees
- Use your platform's access analyser to find permissions that are granted but never used`,
          },
          {
            title: "Joiner, mover, leaver and access reviews",
            durationMinutes: 15,
            body: `Access is rarely wrong on day one. It goes wrong over time, as people change teams and keep old permissions, or leave while their accounts stay active. The **joiner-mover-leaver (JML)** process keeps access aligned with reality.

- **Joiner:** HR creates the person in the HR system; the identity provider provisions accounts and birthright groups automatically, for example via SCIM.
- **Mover:** a role change removes old groups as well as adding new ones. Removal is the step most often forgotten.
- **Leaver:** on the last day, disable the IdP account, revoke sessions and tokens, and transfer ownership of files and shared credentials.

Automate from a single source of truth, usually the HR system, so that nothing depends on someone remembering to file a ticket.

Periodic **access reviews** catch what automation misses. Every quarter, managers confirm each report's access to sensitive systems:

| User | System | Access | Decision |
|---|---|---|---|
| j.okafor | Payments console | Admin | Reduce to read-only |
| m.santos | Production AWS | PowerUser | Keep |

Keep reviews small and focused on high-risk systems. Asking managers to certify 400 entitlements each guarantees they will click "approve all".`,
          },
        ],
      },
    ],
    publishedDaysAgo: 176,
  },
  {
    slug: "cloud-computing-fundamentals",
    title: "Cloud Computing Fundamentals",
    providerSlug: "stratus-cloud-school",
    skillSlugs: ["cloud-computing"],
    summary:
      "A vendor-neutral introduction to the cloud: service models, regions and zones, compute, storage, virtual networks and how pricing really works, with no jargon left unexplained.",
    description: `"The cloud" is just someone else's data centre, offered through an API and billed by the second. Understanding that simple idea, and the building blocks that follow from it, makes every provider's console far less intimidating.

This free course covers the concepts that AWS, Azure and Google Cloud share, then shows what each provider calls them. It suits developers, analysts, product managers and anyone starting a cloud certification.

- Six short lessons, each with a comparison table across the big three providers
- A glossary you can keep next to you while you learn
- No account or credit card required`,
    level: "beginner",
    language: "en",
    durationMinutes: 180,
    priceAmount: 0,
    currency: "USD",
    outcomes: [
      "Explain the difference between IaaS, PaaS and SaaS with examples",
      "Choose regions and availability zones for latency and resilience",
      "Compare virtual machines, containers and serverless functions",
      "Pick the right storage type for a workload",
      "Read a basic virtual network design and estimate monthly costs",
    ],
    requirements: ["General computer literacy; no programming experience required"],
    modules: [
      {
        title: "What the cloud is",
        lessons: [
          {
            title: "IaaS, PaaS and SaaS",
            durationMinutes: 12,
            isPreview: true,
            body: `Cloud services are usually grouped into three **service models**, depending on how much of the stack the provider manages for you.

| Model | You manage | Provider manages | Examples |
|---|---|---|---|
| **IaaS** (Infrastructure) | OS, runtime, app, data | Hardware, network, virtualisation | AWS EC2, Azure VMs, Google Compute Engine |
| **PaaS** (Platform) | App code and data | Everything underneath, including OS patches | Heroku, Google App Engine, AWS Elastic Beanstalk |
| **SaaS** (Software) | Your data and users | The whole application | Gmail, Salesforce, Slack |

A helpful analogy is pizza. IaaS is renting a kitchen: you still buy ingredients and cook. PaaS is a take-and-bake pizza: you just put it in the oven. SaaS is eating at the restaurant.

Moving up the stack means less control but also less work. A team running its own PostgreSQL on a VM (IaaS) must handle backups, patching and failover. The same team using a managed database service (PaaS) configures those with a few settings.

Many real systems mix models: a SaaS identity provider, a PaaS database and IaaS virtual machines for a legacy application that needs a specific OS.`,
          },
          {
            title: "Regions, availability zones and latency",
            durationMinutes: 14,
            body: `Cloud providers run data centres all over the world, organised in two levels.

- A **region** is a geographic area, such as Frankfurt (\`eu-central-1\` on AWS) or Iowa (\`us-central1\` on Google Cloud).
- An **availability zone (AZ)** is one or more isolated data centres within a region, with independent power, cooling and networking. Most regions have three.

Zones in a region are connected by fast, low-latency links, typically under 2 ms apart. Regions are far apart and independent of each other.

This structure drives three decisions:

1. **Latency.** Pick a region close to your users. Light in fibre needs roughly 80 ms for a round trip from London to New York, and more for distant regions.
2. **Resilience.** Spread instances across at least two AZs so a single data centre failure does not take you offline.
3. **Compliance.** Data protection rules may require data to stay in a particular country or region.

| Goal | Typical design |
|---|---|
| Survive a data centre outage | Multi-AZ in one region |
| Survive a regional outage | Multi-region with replication |
| Serve global users quickly | CDN in front of one or more regions |

Multi-region designs are much more complex and costly, so most applications start multi-AZ.`,
          },
        ],
      },
      {
        title: "Core building blocks",
        lessons: [
          {
            title: "Compute: VMs, containers and functions",
            durationMinutes: 15,
            body: `There are three main ways to run code in the cloud, trading control for convenience.

| | Virtual machines | Containers | Serverless functions |
|---|---|---|---|
| Unit | Whole OS | App plus dependencies | A single function |
| Start-up time | Minutes | Seconds | Milliseconds to seconds |
| Billing | Per second while running | Per node or per task | Per request and execution time |
| Examples | EC2, Azure VMs | ECS, Cloud Run, Kubernetes | AWS Lambda, Azure Functions |

**Virtual machines** behave like a server you own. They suit legacy software, special OS requirements or long-running steady workloads.

**Containers** package an application with its libraries into an image that runs the same way everywhere. They start quickly and pack densely onto machines, which makes them the default for modern web services.

**Functions** run only in response to events, such as an HTTP request, a file upload or a queue message, and scale to zero when idle. They are excellent for spiky or occasional work, like resizing uploaded images. They are less suited to long jobs, since most platforms cap execution time; Lambda's limit is 15 minutes.

A common pattern combines them: a containerised API for steady traffic, with functions handling background events.`,
          },
          {
            title: "Storage: block, file and object",
            durationMinutes: 14,
            body: `Cloud storage comes in three main types. Choosing the right one affects performance, cost and how your application is written.

**Block storage** acts like a virtual hard disk attached to one VM. It is fast and low-latency, suited to databases and operating system disks. Examples include AWS EBS and Azure Managed Disks.

**File storage** provides a shared file system that many machines can mount at once over NFS or SMB. It suits legacy applications and shared content directories. Examples are AWS EFS, Azure Files and Google Filestore.

**Object storage** stores files as objects in buckets, accessed over HTTP with a unique key. It scales almost without limit and is by far the cheapest per gigabyte. Examples are Amazon S3, Azure Blob Storage and Google Cloud Storage.

\`\`\`bash
# Upload and list objects with the AWS CLI
aws s3 cp report-2024-q1.pdf s3://acme-finance-reports/2024/
aws s3 ls s3://acme-finance-reports/2024/
\`\`\`

Quick decision guide:

- Database on a VM: **block**
- Several servers editing the same files: **file**
- Backups, images, logs, data lake files: **object**

Object storage also offers colder tiers, such as S3 Glacier, that cost a fraction of the standard price for data you rarely read.`,
          },
        ],
      },
      {
        title: "Networking and cost basics",
        lessons: [
          {
            title: "Virtual networks and subnets",
            durationMinutes: 15,
            body: `A **virtual network** (VPC on AWS and Google Cloud, VNet on Azure) is your private, isolated network inside the cloud. You choose its IP address range using **CIDR notation**.

In \`10.0.0.0/16\`, the \`/16\` means the first 16 bits are fixed, leaving 65,536 addresses. Smaller networks use larger prefix numbers:

| CIDR | Addresses | Typical use |
|---|---|---|
| \`10.0.0.0/16\` | 65,536 | Whole VPC |
| \`10.0.1.0/24\` | 256 | One subnet |
| \`10.0.1.0/28\` | 16 | Tiny subnet for a few appliances |

You divide the VPC into **subnets**, usually one public and one private per availability zone:

- **Public subnets** have a route to an internet gateway. Load balancers live here.
- **Private subnets** have no direct inbound route from the internet. Application servers and databases live here and reach out, for updates for instance, through a NAT gateway.

Traffic is then filtered with **security groups** or firewall rules, such as "the database accepts port 5432 only from the application servers".

Plan address ranges before you build. Overlapping ranges between VPCs, or with your office network, make it impossible to connect them later without renumbering.`,
          },
          {
            title: "How cloud pricing works",
            durationMinutes: 13,
            body: `Cloud bills surprise people because nearly everything is metered. Understanding the main pricing dimensions prevents most shocks.

| Dimension | What is charged | Example |
|---|---|---|
| Compute | Per second or hour of running capacity | A VM with 2 vCPUs running all month |
| Storage | Per GB-month stored | 500 GB of object storage |
| Requests | Per thousand or million operations | API calls to object storage, function invocations |
| Data transfer | Per GB leaving a region or zone | Users downloading videos |
| Managed services | Per hour plus usage | A managed database or NAT gateway |

A few rules of thumb:

- **Data coming in is usually free; data going out is not.** Egress to the internet is often one of the largest surprise costs.
- **Idle resources still cost money.** A forgotten test database is billed around the clock.
- **Discounts reward commitment.** Savings plans or reserved capacity can cut compute costs substantially for steady workloads.

Every provider offers a pricing calculator. Before launching anything new, estimate a month's cost there, then set a **budget alert** so you hear about overspending in days rather than at the end of the month.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 398,
  },
  {
    slug: "kubernetes-basics",
    title: "Kubernetes Basics: Pods, Deployments and Services",
    providerSlug: "stratus-cloud-school",
    skillSlugs: ["kubernetes"],
    summary:
      "Go from zero to running a real application on Kubernetes: cluster architecture, kubectl, Pods, Deployments, Services, ConfigMaps, Secrets and namespaces.",
    description: `Kubernetes has a reputation for complexity, but the core ideas fit in an afternoon: you declare what you want, and controllers work continuously to make it so.

This hands-on course uses a local cluster (kind or minikube) and a small web application. Each lesson introduces one object, shows the YAML and the \`kubectl\` commands, and explains what the cluster does behind the scenes.

By the end you will have deployed, scaled, configured and updated an application without downtime, and you will be ready for our Kubernetes in Production course.`,
    level: "beginner",
    language: "en",
    durationMinutes: 300,
    priceAmount: 2900,
    currency: "USD",
    outcomes: [
      "Describe the Kubernetes control plane and the desired-state model",
      "Use kubectl to create, inspect, debug and delete resources",
      "Deploy and update applications with Deployments and rolling updates",
      "Expose applications inside and outside the cluster with Services",
      "Supply configuration and credentials with ConfigMaps and Secrets",
    ],
    requirements: [
      "Basic familiarity with containers and Docker images",
      "A laptop that can run Docker, plus kind or minikube",
    ],
    modules: [
      {
        title: "Cluster concepts",
        lessons: [
          {
            title: "What Kubernetes actually does",
            durationMinutes: 12,
            isPreview: true,
            body: `Kubernetes is a system for running containers across a group of machines and keeping them running. Its central idea is **desired state**: you describe what you want, and Kubernetes continuously works to make reality match.

A cluster has two parts:

- **Control plane:** the API server (every request goes through it), etcd (the database that stores desired state), the scheduler (decides which node runs each Pod) and the controller manager (runs the reconciliation loops).
- **Worker nodes:** machines that run your containers. Each runs a **kubelet**, which starts and monitors containers, and a container runtime such as containerd.

Here is what happens when you ask for three replicas of a web app:

1. \`kubectl\` sends the request to the API server, which stores it in etcd.
2. A controller notices that zero Pods exist but three are desired, and creates three Pod objects.
3. The scheduler assigns each Pod to a node with enough free CPU and memory.
4. Each node's kubelet pulls the image and starts the container.

If a node dies, the controller sees only two healthy Pods and creates a replacement. You never wrote a "restart" script; the reconciliation loop is the restart script.`,
          },
          {
            title: "Pods and kubectl",
            durationMinutes: 16,
            body: `A **Pod** is the smallest thing Kubernetes runs: one or more containers that share a network address and can share storage volumes. Most Pods contain a single application container.

You rarely create Pods directly in real deployments, but doing it once shows how everything works:

\`\`\`yaml
apiVersion: v1
kind: Pod
metadata:
  name: hello
  labels:
    app: hello
spec:
  containers:
    - name: web
      image: nginx:1.27
      ports:
        - containerPort: 80
\`\`\`

The essential \`kubectl\` commands:

\`\`\`bash
kubectl apply -f pod.yaml              # create or update from a file
kubectl get pods -o wide               # list Pods and the nodes they run on
kubectl describe pod hello             # details and recent events
kubectl logs hello                     # container output
kubectl exec -it hello -- sh           # open a shell inside the container
kubectl port-forward pod/hello 8080:80 # reach it from your laptop
kubectl delete pod hello
\`\`\`

When something is wrong, \`kubectl describe\` is usually the fastest route to the answer. Its **Events** section shows problems such as \`ImagePullBackOff\`, a mistyped image name, or \`FailedScheduling\`, when no node has enough resources.

A bare Pod is not recreated if it is deleted or its node fails. That is why we use Deployments.`,
          },
        ],
      },
      {
        title: "Running applications",
        lessons: [
          {
            title: "Deployments and rolling updates",
            durationMinutes: 18,
            body: `A **Deployment** manages a set of identical Pods. You declare the Pod template and the number of replicas; the Deployment, through a ReplicaSet, keeps that many running and handles updates.

\`\`\`yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  strategy:
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.4.0
\`\`\`

When you change the image to \`1.5.0\` and apply, Kubernetes performs a **rolling update**: it starts one new Pod (\`maxSurge: 1\`), waits for it to be ready, then terminates an old one, never dropping below three available (\`maxUnavailable: 0\`).

Useful commands:

\`\`\`bash
kubectl scale deployment web --replicas=5
kubectl rollout status deployment web
kubectl rollout history deployment web
kubectl rollout undo deployment web     # back to the previous version
\`\`\`

The \`selector\` must match the template's labels; that is how the Deployment recognises which Pods belong to it.`,
          },
          {
            title: "Services and how traffic reaches Pods",
            durationMinutes: 16,
            body: `Pods come and go, and each new one gets a new IP address. A **Service** provides a stable name and virtual IP that load-balances across whichever Pods currently match its label selector.

\`\`\`yaml
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
\`\`\`

Other Pods in the same namespace can now reach the app at \`http://web\`, or from anywhere in the cluster at \`web.<namespace>.svc.cluster.local\`, thanks to the cluster's DNS.

Service types control where the Service is reachable:

| Type | Reachable from | Typical use |
|---|---|---|
| \`ClusterIP\` (default) | Inside the cluster only | Internal APIs, databases |
| \`NodePort\` | A high port on every node | Testing, bare-metal setups |
| \`LoadBalancer\` | A cloud load balancer with a public or private IP | Exposing one service directly |

For HTTP applications, you usually keep Services as \`ClusterIP\` and put an **Ingress** or Gateway in front, which routes many hostnames and paths through a single load balancer.

If a Service does not work, run \`kubectl get endpoints web\`. An empty list almost always means the selector does not match your Pods' labels.`,
          },
        ],
      },
      {
        title: "Configuration",
        lessons: [
          {
            title: "ConfigMaps and Secrets",
            durationMinutes: 14,
            body: `Container images should be identical in every environment; what changes is configuration. Kubernetes provides two objects for it.

- A **ConfigMap** holds non-sensitive settings such as feature flags and URLs.
- A **Secret** holds sensitive values such as passwords and API keys.

\`\`\`bash
kubectl create configmap web-config --from-literal=LOG_LEVEL=info
kubectl create secret generic web-db --from-literal=DB_PASSWORD='s3cr3t'
\`\`\`

Reference them from the Pod template as environment variables:

\`\`\`yaml
containers:
  - name: web
    image: ghcr.io/acme/web:1.5.0
    envFrom:
      - configMapRef:
          name: web-config
    env:
      - name: DB_PASSWORD
        valueFrom:
          secretKeyRef:
            name: web-db
            key: DB_PASSWORD
\`\`\`

You can also mount either as files, which is better for certificates and for values that should update without a restart.

Two things surprise beginners:

1. Secrets are only **base64-encoded**, not encrypted. Anyone who can read Secrets in the namespace can read the values. Restrict access with RBAC and enable encryption at rest for etcd.
2. Changing a ConfigMap does **not** restart Pods that read it as environment variables. Trigger a rollout with \`kubectl rollout restart deployment web\`.`,
          },
          {
            title: "Namespaces and labels",
            durationMinutes: 12,
            body: `As a cluster grows, you need ways to organise and select resources. Kubernetes offers two complementary tools.

**Namespaces** divide a cluster into virtual sub-clusters. Names must be unique only within a namespace, and you can attach access rules and resource quotas to each one.

\`\`\`bash
kubectl create namespace team-payments
kubectl get pods -n team-payments
kubectl config set-context --current --namespace=team-payments
\`\`\`

Common conventions are one namespace per team or per application, with separate clusters, not namespaces, for production and non-production.

**Labels** are key-value pairs attached to any object. Services, Deployments and many tools select objects by label, so a consistent scheme pays off. The recommended keys are:

| Label | Example |
|---|---|
| \`app.kubernetes.io/name\` | \`checkout\` |
| \`app.kubernetes.io/version\` | \`2.3.1\` |
| \`app.kubernetes.io/component\` | \`api\` |
| \`app.kubernetes.io/part-of\` | \`shop\` |

Selectors make bulk operations easy:

\`\`\`bash
kubectl get pods -l app.kubernetes.io/name=checkout,app.kubernetes.io/component=api
\`\`\`

Note that namespaces are not a strong security boundary on their own; Pods in different namespaces can still talk to each other unless NetworkPolicies say otherwise.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 119,
  },
  {
    slug: "kubernetes-in-production",
    title: "Kubernetes in Production",
    providerSlug: "stratus-cloud-school",
    skillSlugs: ["kubernetes", "devops"],
    summary:
      "Run Kubernetes workloads that survive real traffic: resource tuning, health probes, autoscaling, disruption budgets, Pod security, network policies and upgrades.",
    description: `Getting an application onto Kubernetes is the easy part. Keeping it fast, secure and available through traffic spikes, node failures and cluster upgrades is where teams struggle.

This advanced course is built from the failure modes we see most often in production clusters: Pods killed for exceeding memory, deployments that send traffic to containers still starting up, autoscalers that never scale, and upgrades that take down every replica at once.

- Each lesson starts with a real failure and the configuration that prevents it
- Manifests are ready to adapt to your own services
- Covers managed clusters on EKS, GKE and AKS as well as self-managed ones`,
    level: "advanced",
    language: "en",
    durationMinutes: 600,
    priceAmount: 19900,
    currency: "USD",
    outcomes: [
      "Set CPU and memory requests and limits based on measured usage",
      "Configure liveness, readiness and startup probes correctly",
      "Autoscale workloads with the Horizontal Pod Autoscaler",
      "Protect availability during maintenance with PodDisruptionBudgets",
      "Harden workloads with Pod Security Standards and NetworkPolicies",
      "Plan and execute cluster upgrades with minimal risk",
    ],
    requirements: [
      "Comfortable with Deployments, Services and kubectl",
      "Access to a test cluster where you have admin rights",
    ],
    modules: [
      {
        title: "Workload reliability",
        lessons: [
          {
            title: "Requests, limits and QoS classes",
            durationMinutes: 20,
            isPreview: true,
            body: `Every container should declare **requests** and usually **limits** for CPU and memory.

- **Requests** are what the scheduler reserves. A Pod is only placed on a node with that much unreserved capacity.
- **Limits** are the ceiling at runtime. CPU over the limit is **throttled**; memory over the limit gets the container **OOM-killed**.

\`\`\`yaml
resources:
  requests:
    cpu: 250m
    memory: 384Mi
  limits:
    memory: 512Mi
\`\`\`

These settings determine a Pod's **Quality of Service class**, which decides who is evicted first when a node runs short of memory:

| QoS class | Condition | Eviction order |
|---|---|---|
| Guaranteed | Requests equal limits for every resource | Last |
| Burstable | Some requests set | Middle |
| BestEffort | Nothing set | First |

Practical guidance:

- Base requests on observed usage, for example the 90th percentile over a week, not guesses.
- Always set a memory limit; memory cannot be throttled, so an unbounded leak hurts neighbours.
- Many teams omit CPU limits for latency-sensitive services, because throttling causes latency spikes even when the node has idle CPU.

Check \`kubectl describe pod\` for \`OOMKilled\` and review the container CPU throttling metric in your monitoring.`,
          },
          {
            title: "Probes: liveness, readiness and startup",
            durationMinutes: 18,
            body: `Kubernetes cannot tell whether your application works unless you tell it how to check. Three probes serve different purposes, and mixing them up causes outages.

| Probe | Question | On failure |
|---|---|---|
| **Readiness** | Can this Pod serve traffic right now? | Removed from Service endpoints |
| **Liveness** | Is the process stuck beyond recovery? | Container restarted |
| **Startup** | Has the app finished starting? | Other probes wait; restarted if it never succeeds |

\`\`\`yaml
startupProbe:
  httpGet: { path: /healthz, port: 8080 }
  failureThreshold: 30
  periodSeconds: 2        # allows up to 60 s to start
readinessProbe:
  httpGet: { path: /ready, port: 8080 }
  periodSeconds: 5
livenessProbe:
  httpGet: { path: /healthz, port: 8080 }
  periodSeconds: 10
  failureThreshold: 3
\`\`\`

Common mistakes:

- **Liveness that checks dependencies.** If the database is slow and liveness checks it, Kubernetes restarts every Pod at once and makes the outage worse. Liveness should check only the process itself.
- **No readiness probe.** During rolling updates, traffic reaches containers that are still loading caches.
- **Aggressive timeouts.** A one-second timeout under garbage-collection pauses triggers needless restarts.

Readiness may check critical dependencies; liveness should almost never do so.`,
          },
        ],
      },
      {
        title: "Scaling and disruption",
        lessons: [
          {
            title: "Horizontal Pod Autoscaler",
            durationMinutes: 18,
            body: `The **Horizontal Pod Autoscaler (HPA)** changes a Deployment's replica count based on metrics. It compares observed usage with a target and computes:

> desiredReplicas = ceil(currentReplicas × currentValue ÷ targetValue)

With 4 replicas at 90% CPU and a 60% target, the HPA scales to ceil(4 × 90 ÷ 60) = 6.

\`\`\`yaml
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  minReplicas: 3
  maxReplicas: 30
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: { type: Utilization, averageUtilization: 60 }
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300
\`\`\`

Things to get right:

- **Utilisation is relative to requests.** Without CPU requests the HPA cannot compute anything.
- **The metrics server must be installed** for resource metrics.
- **Scale-down stabilisation** prevents flapping when load oscillates.
- **Pick the right signal.** CPU works for compute-bound services; queue workers scale better on queue depth via external metrics, for example with KEDA.

The HPA adds Pods, not nodes. Pair it with a cluster autoscaler or Karpenter so new Pods have somewhere to run.`,
          },
          {
            title: "PodDisruptionBudgets and node drains",
            durationMinutes: 15,
            body: `Nodes are drained regularly for upgrades, autoscaler scale-downs and maintenance. A **drain** evicts every Pod from a node. Without protection, a drain can evict all replicas of a service at once if they happen to share a node or if several nodes are drained in parallel.

A **PodDisruptionBudget (PDB)** limits voluntary disruptions:

\`\`\`yaml
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: 2        # or maxUnavailable: 1
  selector:
    matchLabels:
      app: web
\`\`\`

The eviction API refuses any eviction that would drop matching Pods below two available. \`kubectl drain\` then waits and retries until a replacement Pod becomes ready elsewhere.

Guidelines:

- PDBs only cover **voluntary** disruptions. A node crashing is not stopped by a PDB; that is what spreading replicas is for.
- Use \`topologySpreadConstraints\` to place replicas across nodes and zones.
- Avoid \`minAvailable\` equal to the replica count, or \`maxUnavailable: 0\`. Such budgets block drains forever and stall cluster upgrades.
- Single-replica workloads cannot be drained without downtime, whatever the PDB says.

\`\`\`bash
kubectl get pdb -A   # ALLOWED DISRUPTIONS of 0 means a drain will wait
\`\`\``,
          },
        ],
      },
      {
        title: "Security and upgrades",
        lessons: [
          {
            title: "Pod security and NetworkPolicy",
            durationMinutes: 20,
            body: `By default, containers can run as root and every Pod can talk to every other Pod. Two built-in features change that.

**Pod Security Admission** enforces the Pod Security Standards per namespace. The \`restricted\` level blocks privileged containers, host namespaces and running as root:

\`\`\`bash
kubectl label namespace shop pod-security.kubernetes.io/enforce=restricted
\`\`\`

Workloads then need a compliant security context:

\`\`\`yaml
securityContext:
  runAsNonRoot: true
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities: { drop: ["ALL"] }
  seccompProfile: { type: RuntimeDefault }
\`\`\`

**NetworkPolicies** act as a firewall between Pods, provided your CNI plugin, such as Calico or Cilium, enforces them. Start with default-deny, then allow the flows you need:

\`\`\`yaml
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db-allow-api, namespace: shop }
spec:
  podSelector: { matchLabels: { app: postgres } }
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector: { matchLabels: { app: api } }
      ports: [{ port: 5432 }]
\`\`\`

Remember that a default-deny egress policy also blocks DNS, so explicitly allow traffic to kube-dns on port 53.`,
          },
          {
            title: "Upgrading clusters safely",
            durationMinutes: 18,
            body: `Kubernetes releases a minor version roughly every four months, and each is supported for about a year. Falling behind means missing security fixes and, eventually, a rushed multi-version jump.

Upgrade in a fixed order:

1. **Read the changelog** for removed APIs. Tools such as \`pluto\` or \`kubent\` find manifests using deprecated versions.
2. **Upgrade the control plane** one minor version at a time. You cannot skip from 1.28 to 1.30.
3. **Upgrade add-ons**: CNI, CoreDNS, ingress controller and CSI drivers, checking each one's compatibility matrix.
4. **Upgrade nodes**, preferably by adding a new node pool and draining the old one rather than upgrading in place.

\`\`\`bash
kubectl cordon node-old-1
kubectl drain node-old-1 --ignore-daemonsets --delete-emptydir-data --timeout=10m
\`\`\`

Node kubelets may lag the control plane by a few minor versions but must never be newer than it.

Make upgrades boring:

- Rehearse on a staging cluster with the same add-ons
- Confirm PDBs allow at least one disruption for every workload
- Watch error rates and latency dashboards during the node rollout
- Schedule upgrades quarterly so each one is small

A cluster that is upgraded often is far easier to upgrade than one touched once a year.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 17,
  },
  {
    slug: "infrastructure-as-code-with-terraform",
    title: "Infrastructure as Code with Terraform",
    providerSlug: "stratus-cloud-school",
    skillSlugs: ["devops", "cloud-computing"],
    summary:
      "Manage cloud infrastructure as reviewable code with Terraform: the plan/apply workflow, variables, remote state and locking, imports, modules and for_each.",
    description: `Clicking through a cloud console works for one server. It does not work for three environments, twenty services and a team that needs to know who changed the firewall last Tuesday.

Terraform lets you describe infrastructure in code, review changes in pull requests and apply them predictably. This course teaches the core workflow and the habits that keep Terraform codebases healthy as they grow.

- Examples target AWS, with notes for Azure and Google Cloud
- Covers remote state, locking and safe refactoring
- Ends with a reusable module you can publish to your team

Compatible with Terraform 1.5+ and OpenTofu.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 420,
    priceAmount: 7900,
    currency: "GBP",
    outcomes: [
      "Write Terraform configurations with providers, resources and data sources",
      "Use variables, outputs and locals to make configurations reusable",
      "Store state remotely with locking and understand why it matters",
      "Import existing resources and refactor safely with moved blocks",
      "Build reusable modules and use for_each to manage collections",
    ],
    requirements: [
      "Basic experience with a public cloud console",
      "Comfort with the command line and Git",
    ],
    modules: [
      {
        title: "The Terraform workflow",
        lessons: [
          {
            title: "Providers, resources and the plan/apply cycle",
            durationMinutes: 18,
            isPreview: true,
            body: `Terraform configurations are written in **HCL** and describe the desired end state. Two building blocks do most of the work:

- A **provider** is a plugin that talks to an API, such as AWS, Cloudflare or GitHub.
- A **resource** is one object the provider manages, such as a bucket or a DNS record.

\`\`\`hcl
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region = "eu-west-2"
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-finance-reports-prod"
  tags   = { team = "finance" }
}
\`\`\`

The workflow is always the same:

\`\`\`bash
terraform init    # download providers, configure the backend
terraform fmt     # format code consistently
terraform plan    # show what would change, without changing anything
terraform apply   # make the changes after confirmation
\`\`\`

Read every plan. The symbols tell you what will happen: \`+\` create, \`~\` update in place, \`-\` destroy, and \`-/+\` destroy then recreate. That last one matters: changing some attributes, such as a database's engine, forces replacement, and the plan is your only warning.`,
          },
          {
            title: "Variables, outputs and locals",
            durationMinutes: 15,
            body: `Hard-coded values make configurations impossible to reuse across environments. Terraform has three tools for this.

**Input variables** are parameters supplied from outside:

\`\`\`hcl
variable "environment" {
  type        = string
  description = "Deployment environment"
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}
\`\`\`

Set them in a \`.tfvars\` file, with \`-var\` flags, or with \`TF_VAR_environment\` environment variables.

**Locals** are named expressions computed inside the configuration, useful to avoid repetition:

\`\`\`hcl
locals {
  name_prefix = "acme-\${var.environment}"
  common_tags = { environment = var.environment, managed_by = "terraform" }
}
\`\`\`

**Outputs** expose values after apply, for humans or for other configurations:

\`\`\`hcl
output "bucket_arn" {
  value = aws_s3_bucket.reports.arn
}
\`\`\`

Tips:

- Give every variable a \`type\` and \`description\`.
- Mark secrets with \`sensitive = true\` so they are hidden in plan output, though they are still stored in state.
- Keep defaults for values that rarely change, and require those that differ per environment.`,
          },
        ],
      },
      {
        title: "Working with state",
        lessons: [
          {
            title: "Remote state and locking",
            durationMinutes: 18,
            body: `Terraform keeps a **state file** that maps each resource in your code to a real object in the cloud, along with its last known attributes. Without state, Terraform could not know that \`aws_s3_bucket.reports\` is the bucket it created last week.

By default state lives in a local \`terraform.tfstate\` file. That fails as soon as two people work on the same infrastructure: they overwrite each other's state, or both apply at once. Use a **remote backend** with **locking**:

\`\`\`hcl
terraform {
  backend "s3" {
    bucket       = "acme-terraform-state"
    key          = "network/prod.tfstate"
    region       = "eu-west-2"
    encrypt      = true
    use_lockfile = true
  }
}
\`\`\`

With locking, a second \`terraform apply\` waits or fails instead of corrupting state. Older setups use a DynamoDB table for the lock; recent Terraform versions can lock with an S3 lock file instead.

State handling rules:

- **State contains secrets**, such as database passwords in plain text. Encrypt the bucket and restrict access.
- **Never edit state by hand.** Use \`terraform state mv\`, \`state rm\` or configuration blocks.
- **Split state** by component and environment, so a networking change cannot accidentally touch the database.
- Enable bucket versioning so you can recover from a bad write.`,
          },
          {
            title: "Importing and moving resources",
            durationMinutes: 16,
            body: `Real projects rarely start from nothing. You will need to bring existing resources under Terraform and later reorganise code without destroying anything.

**Importing.** Since Terraform 1.5, an \`import\` block declares the import in code, so it goes through plan and review like any other change:

\`\`\`hcl
import {
  to = aws_s3_bucket.legacy_logs
  id = "acme-legacy-logs"
}

resource "aws_s3_bucket" "legacy_logs" {
  bucket = "acme-legacy-logs"
}
\`\`\`

Running \`terraform plan -generate-config-out=generated.tf\` can even write a first draft of the resource block for you. Tidy it before committing.

**Refactoring.** Renaming a resource or moving it into a module changes its address. Without help, Terraform plans to destroy the old address and create a new one. A \`moved\` block tells it they are the same object:

\`\`\`hcl
moved {
  from = aws_s3_bucket.reports
  to   = module.reporting.aws_s3_bucket.this
}
\`\`\`

Always confirm the plan shows **no destroy actions** after a refactor. Keep \`moved\` blocks for a while so that every environment and every teammate's branch picks them up, then remove them.`,
          },
        ],
      },
      {
        title: "Reusable code",
        lessons: [
          {
            title: "Writing modules",
            durationMinutes: 18,
            body: `A **module** is a directory of Terraform files with inputs and outputs. Every configuration is already a module, the root module, and it can call child modules to reuse patterns.

A typical layout:

\`\`\`text
modules/static-site/
  main.tf        # resources
  variables.tf   # inputs
  outputs.tf     # outputs
  versions.tf    # required providers
\`\`\`

Calling it:

\`\`\`hcl
module "marketing_site" {
  source      = "./modules/static-site"
  domain_name = "www.acme.example"
  environment = var.environment
}

output "site_url" {
  value = module.marketing_site.url
}
\`\`\`

Modules can also come from a Git repository or a registry, pinned to a version:

\`\`\`hcl
source = "git::https://github.com/acme/terraform-modules.git//static-site?ref=v1.3.0"
\`\`\`

What makes a good module:

- **A clear purpose.** "Static website with CDN and TLS" is better than "all our infrastructure".
- **Few required inputs** and sensible, secure defaults.
- **Useful outputs** such as IDs and ARNs that callers need.
- **Pinned versions** so consumers upgrade deliberately.

Avoid thin wrappers around a single resource. They add indirection without adding any decisions worth sharing.`,
          },
          {
            title: "for_each, count and dynamic blocks",
            durationMinutes: 16,
            body: `Terraform offers two meta-arguments for creating several similar resources.

**count** creates a numbered list:

\`\`\`hcl
resource "aws_instance" "worker" {
  count         = 3
  ami           = var.ami_id
  instance_type = "t3.small"
}
\`\`\`

**for_each** creates a map keyed by strings:

\`\`\`hcl
variable "buckets" {
  default = {
    logs    = { versioning = false }
    backups = { versioning = true }
  }
}

resource "aws_s3_bucket" "this" {
  for_each = var.buckets
  bucket   = "acme-\${each.key}-\${var.environment}"
}
\`\`\`

Prefer \`for_each\` for anything that is not truly interchangeable. With \`count\`, removing the first item of a list shifts every index, and Terraform plans to destroy and recreate the rest. With \`for_each\`, each resource is addressed by a stable key such as \`aws_s3_bucket.this["backups"]\`.

**dynamic blocks** generate repeated nested blocks inside a resource:

\`\`\`hcl
dynamic "ingress" {
  for_each = var.allowed_ports
  content {
    from_port   = ingress.value
    to_port     = ingress.value
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
\`\`\`

Use dynamic blocks sparingly; explicit blocks are easier to read when there are only two or three.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 154,
  },
  {
    slug: "ci-cd-pipelines-with-github-actions",
    title: "CI/CD Pipelines with GitHub Actions",
    providerSlug: "stratus-cloud-school",
    skillSlugs: ["devops"],
    summary:
      "Build fast, trustworthy delivery pipelines with GitHub Actions: workflows, caching, matrix builds, environments, OIDC cloud credentials and safe deployment strategies.",
    description: `A good pipeline gives every change the same treatment: build, test, scan and deploy, with nobody copying files by hand. A great one does it in minutes and makes rolling back boring.

This course builds a complete pipeline for a containerised web service using GitHub Actions. You start with a simple test workflow and finish with gated production deployments that use short-lived cloud credentials instead of stored keys.

- Workflow syntax, triggers, jobs and steps
- Caching and parallelism to keep feedback under ten minutes
- Environments, approvals and OpenID Connect for deployment
- Rolling, blue-green and canary releases compared`,
    level: "intermediate",
    language: "en",
    durationMinutes: 240,
    priceAmount: 4900,
    currency: "EUR",
    outcomes: [
      "Write GitHub Actions workflows with triggers, jobs, steps and dependencies",
      "Speed up pipelines with caching, matrices and parallel jobs",
      "Protect deployments with environments, required reviewers and scoped secrets",
      "Authenticate to cloud providers with OIDC instead of long-lived keys",
      "Choose between rolling, blue-green and canary deployment strategies",
    ],
    requirements: [
      "A GitHub account and basic Git skills",
      "An application with an automated test suite in any language",
    ],
    modules: [
      {
        title: "Continuous integration",
        lessons: [
          {
            title: "Anatomy of a pipeline",
            durationMinutes: 15,
            isPreview: true,
            body: `A GitHub Actions **workflow** is a YAML file in \`.github/workflows/\`. It is triggered by **events**, contains one or more **jobs** that run on fresh virtual machines called **runners**, and each job is a sequence of **steps**.

\`\`\`yaml
name: ci
on:
  pull_request:
  push:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm test

  build-image:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t web:\${{ github.sha }} .
\`\`\`

Key ideas:

- **Jobs run in parallel** unless linked with \`needs\`. Here the image is built only after tests pass.
- **Steps share a workspace**; jobs do not. Pass files between jobs with artifacts.
- **\`uses\`** runs a reusable action; **\`run\`** executes shell commands.
- **Tag images with the commit SHA** so every artefact traces back to exact source code.

A useful rule: the pipeline that runs on pull requests should be the same pipeline that gates merges to \`main\`. Make the test job a required status check in branch protection.`,
          },
          {
            title: "Caching and fast feedback",
            durationMinutes: 15,
            body: `Developers stop waiting for slow pipelines and merge anyway. Aim for feedback in under ten minutes on pull requests. Three techniques do most of the work.

**1. Cache dependencies.** Many setup actions cache for you:

\`\`\`yaml
- uses: actions/setup-node@v4
  with:
    node-version: 20
    cache: npm        # keyed on package-lock.json
\`\`\`

For anything else, \`actions/cache\` stores a directory under a key, usually a hash of the lockfile, so the cache refreshes exactly when dependencies change.

**2. Run independent work in parallel.** Linting, unit tests and type checking do not depend on each other, so make them separate jobs. A **matrix** runs one job across several configurations:

\`\`\`yaml
strategy:
  matrix:
    node: [18, 20, 22]
\`\`\`

**3. Do less on pull requests.** Use \`paths\` filters so documentation changes skip the build, and save very slow end-to-end suites for the merge to \`main\` or a nightly run.

Cancel superseded runs, so that pushing a fix does not leave an outdated run occupying a runner:

\`\`\`yaml
concurrency:
  group: ci-\${{ github.ref }}
  cancel-in-progress: true
\`\`\`

Measure before optimising: the workflow run view shows how long each step takes.`,
          },
        ],
      },
      {
        title: "Continuous delivery",
        lessons: [
          {
            title: "Environments, approvals and secrets",
            durationMinutes: 18,
            body: `Deploying to production needs more control than running tests. GitHub **environments** provide it: each environment can have its own secrets, required reviewers, wait timers and branch restrictions.

\`\`\`yaml
deploy-prod:
  needs: build-image
  runs-on: ubuntu-latest
  environment: production        # pauses for approval if reviewers are configured
  permissions:
    id-token: write              # allow requesting an OIDC token
    contents: read
  steps:
    - uses: aws-actions/configure-aws-credentials@v4
      with:
        role-to-assume: arn:aws:iam::111122223333:role/gha-deploy-prod
        aws-region: eu-west-1
    - run: ./scripts/deploy.sh \${{ github.sha }}
\`\`\`

This job uses **OpenID Connect (OIDC)** instead of stored access keys. GitHub issues a short-lived signed token describing the repository, branch and environment; AWS exchanges it for temporary credentials only if the role's trust policy matches, for example \`repo:acme/web:environment:production\`.

Benefits over static secrets:

- Nothing long-lived to leak or rotate
- Credentials are scoped to one repository and environment
- Every assumption appears in CloudTrail

Also set a minimal \`permissions\` block on every workflow. The default token can be broader than you need, and a compromised third-party action inherits whatever the job has.`,
          },
          {
            title: "Deployment strategies: rolling, blue-green and canary",
            durationMinutes: 16,
            body: `How you replace the old version with the new one determines how much a bad release can hurt.

| Strategy | How it works | Rollback | Cost |
|---|---|---|---|
| **Rolling** | Replace instances a few at a time | Roll forward or redeploy old version, which takes minutes | No extra capacity |
| **Blue-green** | Deploy the full new version alongside the old, then switch traffic at once | Switch traffic back in seconds | Double capacity during the release |
| **Canary** | Send a small share of traffic, such as 5%, to the new version and widen gradually | Send all traffic back to the old version | Small extra capacity |

**Rolling** is the default in Kubernetes and suits most changes.

**Blue-green** suits releases where you want an instant, clean rollback and can afford temporary duplicate infrastructure. Watch out for database migrations: both versions must work with the same schema during the switch.

**Canary** limits the blast radius of subtle bugs. It only works if you compare the canary's error rate and latency with the stable version and stop when they diverge. Tools like Argo Rollouts or Flagger automate that analysis.

Whatever you choose, keep database changes **backwards compatible**: add columns first, deploy code that uses them, and remove old columns in a later release.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 73,
  },
  {
    slug: "observability-metrics-logs-traces",
    title: "Observability: Metrics, Logs and Traces",
    providerSlug: "stratus-cloud-school",
    skillSlugs: ["devops", "cloud-computing"],
    summary:
      "Understand what your systems are doing in production: choose the right signals, apply the RED and USE methods, write PromQL queries and trace requests with OpenTelemetry.",
    description: `Monitoring tells you that something is wrong. Observability lets you ask why, including questions you did not think of in advance.

This course covers the three core telemetry signals and how to use them together during an investigation. You will instrument a small service, build a dashboard that answers real questions, and follow a slow request across three services with distributed tracing.

- Vendor-neutral: Prometheus, Grafana and OpenTelemetry throughout
- Practical query examples you can paste into your own tools
- Guidance on cardinality and cost, which is where most observability projects go wrong`,
    level: "intermediate",
    language: "en",
    durationMinutes: 360,
    priceAmount: 12900,
    currency: "USD",
    outcomes: [
      "Explain when to use metrics, logs and traces and how they connect",
      "Build service dashboards with the RED method and host dashboards with USE",
      "Write PromQL queries for rates, error ratios and latency percentiles",
      "Instrument a service with OpenTelemetry and follow a request across services",
      "Keep telemetry costs under control by managing cardinality",
    ],
    requirements: [
      "Experience running or developing a service in production",
      "Basic Python or another general-purpose language",
    ],
    modules: [
      {
        title: "Choosing signals",
        lessons: [
          {
            title: "Metrics, logs and traces",
            durationMinutes: 16,
            isPreview: true,
            body: `Three kinds of telemetry, often called the three pillars, answer different questions.

| Signal | What it is | Best for | Cost profile |
|---|---|---|---|
| **Metrics** | Numeric time series, such as request count or CPU usage | Dashboards, alerting, trends | Cheap per data point; grows with label combinations |
| **Logs** | Timestamped records of discrete events | Detailed context and errors | Grows with traffic volume |
| **Traces** | The path of one request through many services, made of timed spans | Finding where latency or errors originate | Usually sampled to control volume |

They are most powerful when connected. A typical investigation:

1. An alert fires because the checkout error-rate **metric** crossed 2%.
2. A dashboard shows errors started at 14:05, only in \`eu-west-1\`.
3. An exemplar on the latency graph links to a slow **trace**, which shows 4 seconds spent waiting on the payment service.
4. The payment service's **logs** for that trace ID show connection pool exhaustion.

To make that possible, every log line should include the \`trace_id\`, and metrics and traces should share labels such as \`service\`, \`region\` and \`version\`. OpenTelemetry standardises these conventions, so the signals fit together regardless of vendor.`,
          },
          {
            title: "The RED and USE methods",
            durationMinutes: 14,
            body: `Faced with thousands of possible metrics, teams often build dashboards that show everything and explain nothing. Two simple methods tell you what to measure first.

**RED**, for request-driven services such as APIs:

- **Rate:** requests per second
- **Errors:** failed requests per second, or as a ratio
- **Duration:** latency distribution, such as p50, p95 and p99

**USE**, for resources such as CPUs, disks, queues and connection pools:

- **Utilisation:** how busy the resource is, as a percentage of time or capacity
- **Saturation:** how much work is waiting, such as run queue length or queued requests
- **Errors:** resource-level errors, such as disk I/O errors or dropped packets

| Component | Method | Example panels |
|---|---|---|
| Checkout API | RED | Requests/s by route, 5xx ratio, p99 latency |
| Database host | USE | CPU %, disk queue depth, connection errors |
| Worker queue | USE | Consumers busy %, queue length, failed jobs |

Put RED panels for each service at the top of its dashboard; they reflect what users experience. Use USE panels lower down to explain *why* RED changed. Always graph latency percentiles rather than averages; an average of 120 ms can hide the 5% of users waiting three seconds.`,
          },
        ],
      },
      {
        title: "Instrumentation and querying",
        lessons: [
          {
            title: "PromQL for everyday questions",
            durationMinutes: 20,
            body: `**PromQL** is the query language of Prometheus and compatible systems. A handful of patterns cover most dashboards and alerts.

Counters only go up, so you almost always wrap them in \`rate()\` to get a per-second value over a window:

\`\`\`text
# Requests per second per route over the last 5 minutes
sum by (route) (rate(http_requests_total{service="checkout"}[5m]))

# Error ratio: 5xx responses as a fraction of all responses
sum(rate(http_requests_total{service="checkout", status=~"5.."}[5m]))
  /
sum(rate(http_requests_total{service="checkout"}[5m]))

# 99th percentile latency from a histogram
histogram_quantile(0.99,
  sum by (le) (rate(http_request_duration_seconds_bucket{service="checkout"}[5m])))
\`\`\`

Rules worth remembering:

- Apply \`rate()\` **before** \`sum()\`; summing raw counters breaks when a process restarts.
- Use a window at least four times your scrape interval, for example \`[2m]\` for 30-second scrapes.
- Percentiles cannot be averaged across instances. Aggregate histogram buckets by \`le\`, then compute the quantile.

**Cardinality** is the main cost driver: each unique combination of labels is a separate series. Labels like \`route\` and \`status\` are fine; \`user_id\` or \`request_id\` can create millions of series and overwhelm your storage.`,
          },
          {
            title: "Distributed tracing with OpenTelemetry",
            durationMinutes: 20,
            body: `A **trace** records one request's journey as a tree of **spans**. Each span has a name, start time, duration, attributes and a parent. Trace context is passed between services in the W3C \`traceparent\` HTTP header, so spans from different services join the same trace.

**OpenTelemetry** provides vendor-neutral SDKs and automatic instrumentation for common frameworks. In Python, auto-instrumentation covers Flask, requests, database drivers and more:

\`\`\`bash
pip install opentelemetry-distro opentelemetry-exporter-otlp
opentelemetry-bootstrap -a install
OTEL_SERVICE_NAME=checkout \\
OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317 \\
opentelemetry-instrument python app.py
\`\`\`

Add manual spans around interesting business logic:

\`\`\`python
from opentelemetry import trace
tracer = trace.get_tracer("checkout")

with tracer.start_as_current_span("apply_discounts") as span:
    span.set_attribute("cart.items", len(cart.items))
    total = pricing.apply(cart)
\`\`\`

Send data to an **OpenTelemetry Collector** rather than directly to a vendor. The collector can batch, filter and sample, and lets you switch backends without touching application code.

Sampling keeps costs reasonable. **Tail-based sampling** in the collector can keep every trace containing an error or exceeding a latency threshold while retaining only a small percentage of healthy ones.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 88,
  },
  {
    slug: "site-reliability-engineering-in-practice",
    title: "Site Reliability Engineering in Practice",
    providerSlug: "stratus-cloud-school",
    skillSlugs: ["devops", "cloud-computing"],
    summary:
      "Apply SRE where it counts: define SLIs and SLOs users care about, spend error budgets deliberately, alert on burn rate, cut toil and run humane on-call rotations.",
    description: `Site reliability engineering treats operations as a software problem and reliability as a feature with a budget. Its most valuable ideas do not require a dedicated SRE team: any group that runs a production service can adopt them.

This advanced course focuses on the practices with the best return:

- Service level indicators and objectives that reflect user experience
- Error budgets that settle the "features versus stability" argument with data
- Burn-rate alerting that pages for real problems and stays quiet otherwise
- Reducing toil and designing an on-call rotation people can sustain

Lessons include worked calculations and policy templates you can adapt.`,
    level: "advanced",
    language: "en",
    durationMinutes: 420,
    priceAmount: 12900,
    currency: "GBP",
    outcomes: [
      "Choose SLIs that measure what users actually experience",
      "Set realistic SLOs and distinguish them from contractual SLAs",
      "Calculate error budgets and write an error budget policy",
      "Design multi-window burn-rate alerts",
      "Identify and reduce toil, and structure a sustainable on-call rotation",
    ],
    requirements: [
      "Experience operating a production service and responding to alerts",
      "Familiarity with metrics and a monitoring tool such as Prometheus",
    ],
    modules: [
      {
        title: "Reliability targets",
        lessons: [
          {
            title: "SLIs, SLOs and SLAs",
            durationMinutes: 18,
            isPreview: true,
            body: `Three related terms are often confused:

- A **service level indicator (SLI)** is a measurement, ideally a ratio of good events to total events. Example: the proportion of HTTP requests served successfully in under 300 ms.
- A **service level objective (SLO)** is a target for that SLI over a window. Example: 99.5% of requests good over 28 days.
- A **service level agreement (SLA)** is a contract with consequences, such as service credits, if a target is missed. SLAs should be looser than SLOs so you notice problems before they cost money.

Good SLIs measure what users feel, as close to them as possible:

| Service type | Typical SLI |
|---|---|
| Request/response API | Availability and latency of successful requests |
| Data pipeline | Freshness: share of data processed within 15 minutes |
| Batch jobs | Share of jobs completing successfully by their deadline |

Avoid SLIs based on internal signals such as CPU usage. A server at 95% CPU that serves every request quickly is fine; one at 20% returning errors is not.

Resist setting 100% or "five nines" by default. Every extra nine costs dramatically more, and users often cannot tell the difference behind their own imperfect networks.`,
          },
          {
            title: "Error budgets and burn-rate alerts",
            durationMinutes: 20,
            body: `An SLO of 99.5% means 0.5% of requests may fail. That allowance is the **error budget**. Over 28 days, 0.5% is about 3 hours 22 minutes of total downtime, or a larger number of partial failures.

The budget turns debates into decisions. An **error budget policy** might state:

- Budget remaining: ship features normally.
- Budget exhausted: pause risky releases; prioritise reliability work until the SLO recovers.

For alerting, page on how fast the budget is being consumed, the **burn rate**. A burn rate of 1 uses exactly the budget over the window; a burn rate of 14.4 would exhaust a 30-day budget in about two days.

Multi-window alerts catch both sudden and slow problems while avoiding noise:

| Severity | Burn rate | Long window | Short window |
|---|---|---|---|
| Page | 14.4 | 1 hour | 5 minutes |
| Page | 6 | 6 hours | 30 minutes |
| Ticket | 1 | 3 days | 6 hours |

The alert fires only when **both** windows exceed the threshold. The long window proves the problem is significant; the short window ensures it is still happening, so alerts resolve quickly after a fix.`,
          },
        ],
      },
      {
        title: "Operating sustainably",
        lessons: [
          {
            title: "Toil and how to reduce it",
            durationMinutes: 15,
            body: `**Toil** is operational work that is manual, repetitive, automatable, reactive and grows linearly with the size of the service. Restarting a stuck worker by hand every few days is toil. Designing a new alerting strategy is not, because it has lasting value.

Toil is not evil in small doses, but it crowds out engineering work that would make the system better. A common guideline is to keep it below half of a team's time.

To reduce toil, first **measure it**. For two weeks, have everyone tag interrupt-driven tasks:

| Task | Occurrences | Minutes each | Automatable? |
|---|---|---|---|
| Restart stuck queue consumer | 9 | 15 | Yes: fix the bug, or add a liveness probe |
| Grant read access to logs | 14 | 10 | Yes: self-service group via access request |
| Renew TLS certificate | 1 | 60 | Yes: cert-manager or ACME |

Then attack it in order of total time saved, preferring fixes that remove the need entirely over scripts that merely speed up the manual step.

- **Eliminate:** fix the root cause
- **Automate:** let a controller or job do it
- **Self-serve:** let requesters do it safely themselves

Report toil reduction alongside feature work, so the time spent is visible and valued.`,
          },
          {
            title: "On-call that people can sustain",
            durationMinutes: 16,
            body: `On-call keeps services running, but badly designed rotations burn people out and make incidents worse. A sustainable rotation is deliberate about load, support and follow-up.

**Size the rotation.** With a one-week shift, a rotation needs at least six to eight people, so each person is on call roughly once every two months. Smaller teams can share a rotation with a neighbouring team.

**Limit pages.** A common target is no more than two incidents per 12-hour shift. More than that means alerts need tuning or the system needs engineering work. Review every page weekly:

- Was it actionable?
- Did it need a human right now, or could it wait until morning?
- Could automation have handled it?

**Support the responder.** Every alert should link to a **runbook** with what the alert means, how to check impact and the first mitigation steps. A clear escalation path means nobody is alone at 3 a.m. with a problem beyond their knowledge.

**Compensate and recover.** Pay or time off in lieu for on-call, and a lighter workload the day after a disruptive night.

Follow-the-sun rotations across time zones avoid overnight pages entirely, but require good handover notes at every shift change.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 269,
  },
  {
    slug: "cloud-cost-optimisation-finops",
    title: "Cloud Cost Optimisation and FinOps Basics",
    providerSlug: "stratus-cloud-school",
    skillSlugs: ["cloud-computing", "devops"],
    summary:
      "Cut your cloud bill without slowing engineers down: allocate costs with tags, read the bill, rightsize and schedule resources, and use commitments and spot capacity wisely.",
    description: `Cloud spending grows quietly: a forgotten test cluster here, an oversized database there, a NAT gateway carrying terabytes nobody expected. FinOps is the practice of making those costs visible to the engineers who create them, and giving them the tools to act.

This free course covers the quick wins most organisations find in their first few weeks of looking, along with the habits that keep costs under control afterwards.

- Tagging and allocation so every cost has an owner
- The usual suspects in a cloud bill
- Rightsizing, scheduling, savings plans and spot instances

Examples use AWS terminology, with equivalents for Azure and Google Cloud noted in each lesson.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 150,
    priceAmount: 0,
    currency: "GBP",
    outcomes: [
      "Design a tagging strategy and allocate costs to teams and products",
      "Identify the largest cost drivers in a cloud bill",
      "Rightsize compute and schedule non-production resources",
      "Choose between on-demand, savings plans, reserved and spot capacity",
    ],
    requirements: ["Access to a cloud account's billing data, or willingness to use the sample data provided"],
    modules: [
      {
        title: "Visibility",
        lessons: [
          {
            title: "Tagging and cost allocation",
            durationMinutes: 12,
            isPreview: true,
            body: `You cannot reduce costs that nobody owns. The foundation of FinOps is **allocation**: attributing every pound or dollar of spend to a team, product or environment.

The main tool is **tags** (labels on Google Cloud). Agree on a small mandatory set:

| Tag key | Example value | Used for |
|---|---|---|
| \`team\` | \`payments\` | Showback and chargeback |
| \`service\` | \`checkout-api\` | Cost per service |
| \`environment\` | \`prod\` | Spotting waste in non-production |
| \`cost-centre\` | \`CC-4120\` | Finance reporting |

Then make tagging automatic rather than a matter of discipline:

- Set default tags in Terraform so every resource inherits them:

\`\`\`hcl
provider "aws" {
  default_tags {
    tags = { team = "payments", environment = "prod" }
  }
}
\`\`\`

- Activate the keys as **cost allocation tags** in the billing console; they only appear in reports from activation onwards.
- Use policies, such as AWS tag policies or Azure Policy, to block or report untagged resources.

Some costs cannot be tagged, such as support fees or shared networking. Split them by an agreed rule, for example in proportion to each team's tagged spend. Aim to allocate at least 90% of spend.`,
          },
          {
            title: "Reading the bill: where the money goes",
            durationMinutes: 14,
            body: `In most organisations a few services account for most of the spend. Start with a cost explorer view grouped by **service**, then by **usage type**, for the last three months.

The usual suspects:

- **Compute:** instances sized for a peak that never came, or left running after a project ended.
- **Managed databases:** large instance classes, multi-AZ standbys in non-production, and oversized provisioned IOPS.
- **Data transfer:** cross-AZ chatter between services, internet egress, and traffic through NAT gateways, which charge per gigabyte processed.
- **Storage:** unattached disks, old snapshots, and object storage without lifecycle rules.
- **Logs and metrics:** verbose debug logging ingested at full price.

A quick query in the AWS Cost and Usage Report via Athena finds the biggest line items:

\`\`\`sql
SELECT line_item_product_code, line_item_usage_type,
       ROUND(SUM(line_item_unblended_cost), 2) AS cost
FROM cur
WHERE line_item_usage_start_date >= date '2024-04-01'
GROUP BY 1, 2
ORDER BY cost DESC
LIMIT 20;
\`\`\`

Look for **growth** as well as size. A line item that doubled in a month deserves a question even if it is small today. Set anomaly detection alerts so those questions arrive automatically.`,
          },
        ],
      },
      {
        title: "Reducing spend",
        lessons: [
          {
            title: "Rightsizing and scheduling",
            durationMinutes: 13,
            body: `**Rightsizing** matches resources to what workloads actually use. Most teams over-provision on launch "to be safe" and never revisit.

A simple process:

1. Collect at least two weeks of CPU and memory utilisation, including peaks.
2. Flag instances whose peak CPU stays below 40% and memory below 50%.
3. Drop one size within the same family, for example \`m6i.2xlarge\` to \`m6i.xlarge\`, which halves the cost.
4. Watch latency and error metrics for a week, then repeat if there is still headroom.

Also consider **newer generations** and **ARM-based** instances such as AWS Graviton, which often offer better price-performance for the same workload with little or no code change.

**Scheduling** targets non-production environments that run around the clock but are used during working hours only. Running 12 hours a day on weekdays instead of 24/7 reduces hours from 168 to 60 per week, a saving of about 64%.

| Resource | How to schedule |
|---|---|
| VMs | Instance scheduler or a scheduled function |
| Kubernetes dev clusters | Scale node groups to zero overnight |
| Managed databases | Stop/start on a schedule, noting auto-restart limits |

Delete rather than schedule anything that has not been used for a month.`,
          },
          {
            title: "Commitments and spot capacity",
            durationMinutes: 14,
            body: `On-demand prices are the most expensive way to buy cloud compute. Two options trade flexibility for large discounts.

**Commitments.** You commit to a level of usage for one or three years in exchange for a discount.

| Option | Flexibility | Typical use |
|---|---|---|
| Compute Savings Plans (AWS) | Any instance family, region, or Fargate and Lambda | Baseline compute across the organisation |
| Reserved Instances | A specific instance type and region | Stable databases |
| Committed use discounts (Google Cloud) | Resource-based or spend-based | Steady workloads |

Commit only to your **baseline**, the level you never drop below, which you can read from the last few months of hourly usage. Start with around 70% of it and add more quarterly. Over-committing means paying for capacity you do not use.

**Spot instances** (preemptible or Spot VMs elsewhere) use spare capacity at steep discounts, often 60–90%, but can be reclaimed with a short warning, two minutes on AWS. They suit:

- Stateless web workers behind a load balancer
- CI runners and batch processing
- Kubernetes node pools for fault-tolerant workloads

Diversify across several instance types and zones so a single capacity shortage does not remove every node, and always handle the interruption notice gracefully.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 38,
  },
  {
    slug: "docker-et-conteneurs-les-bases",
    title: "Docker et les conteneurs : les bases",
    providerSlug: "stratus-cloud-school",
    skillSlugs: ["devops", "cloud-computing"],
    summary:
      "Découvrez les conteneurs pas à pas : différences avec les machines virtuelles, images et couches, Dockerfile efficace, volumes, réseaux et Docker Compose.",
    description: `Les conteneurs sont devenus la manière standard d'empaqueter et de déployer des applications, du poste du développeur jusqu'au cloud. Ce cours gratuit vous donne des bases solides pour les utiliser sereinement.

Chaque leçon associe une explication claire à des commandes que vous pouvez exécuter immédiatement sur votre machine :

- comprendre ce qu'est réellement un conteneur, et ce qu'il n'est pas ;
- construire des images légères et reproductibles ;
- conserver des données et faire communiquer plusieurs services avec Docker Compose.

Aucune expérience préalable de Docker n'est nécessaire. À la fin du cours, vous saurez conteneuriser une petite application web et sa base de données.`,
    level: "beginner",
    language: "fr",
    durationMinutes: 150,
    priceAmount: 0,
    currency: "EUR",
    outcomes: [
      "Expliquer la différence entre un conteneur et une machine virtuelle",
      "Comprendre le fonctionnement des images, des couches et des registres",
      "Écrire un Dockerfile efficace avec une construction en plusieurs étapes",
      "Conserver des données grâce aux volumes",
      "Décrire une application multi-services avec Docker Compose",
    ],
    requirements: [
      "Savoir utiliser un terminal et quelques commandes de base",
      "Un ordinateur sur lequel installer Docker Desktop ou Docker Engine",
    ],
    modules: [
      {
        title: "Comprendre les conteneurs",
        lessons: [
          {
            title: "Conteneurs et machines virtuelles",
            durationMinutes: 12,
            isPreview: true,
            body: `Un **conteneur** est un processus isolé qui s'exécute sur le noyau du système hôte. Une **machine virtuelle** (VM), elle, embarque un système d'exploitation complet qui tourne au-dessus d'un hyperviseur.

| Critère | Machine virtuelle | Conteneur |
|---|---|---|
| Contenu | OS complet + application | Application + dépendances |
| Taille typique | Plusieurs Go | Quelques dizaines à centaines de Mo |
| Démarrage | Une à plusieurs minutes | Une seconde ou moins |
| Isolation | Forte (noyau séparé) | Plus légère (noyau partagé) |

L'isolation d'un conteneur repose sur deux mécanismes du noyau Linux :

- les **namespaces**, qui donnent au processus sa propre vue des processus, du réseau et du système de fichiers ;
- les **cgroups**, qui limitent la mémoire et le processeur qu'il peut consommer.

Vérifiez-le vous-même :

\`\`\`bash
docker run --rm alpine ps aux
\`\`\`

La commande n'affiche qu'un seul processus : à l'intérieur du conteneur, \`ps\` ne voit pas le reste de la machine.

Les conteneurs ne remplacent pas toujours les VM. Pour isoler des clients qui ne se font pas confiance, ou pour exécuter un autre système d'exploitation, une VM reste souvent le meilleur choix.`,
          },
          {
            title: "Images, couches et registres",
            durationMinutes: 14,
            body: `Une **image** est un modèle en lecture seule à partir duquel on crée des conteneurs. Elle est constituée de **couches** empilées : chaque instruction d'un Dockerfile qui modifie des fichiers ajoute une couche.

Les couches sont partagées et mises en cache. Si dix images reposent sur \`python:3.12-slim\`, cette base n'est téléchargée et stockée qu'une seule fois. Lorsqu'un conteneur démarre, Docker ajoute au-dessus une fine couche en écriture, qui disparaît avec le conteneur.

Les images sont stockées dans des **registres** : Docker Hub, GitHub Container Registry ou le registre de votre fournisseur cloud. Le nom complet d'une image indique où la trouver :

\`\`\`text
ghcr.io/acme/facturation:2.1.0
│       │    │           └── tag (version)
│       │    └── nom du dépôt
│       └── organisation
└── registre
\`\`\`

Commandes utiles :

\`\`\`bash
docker pull nginx:1.27
docker image ls
docker image history nginx:1.27   # affiche les couches et leur taille
\`\`\`

Une bonne pratique : évitez le tag \`latest\` en production. Il change sans prévenir. Utilisez une version précise, voire le condensé \`@sha256:...\`, pour savoir exactement ce qui est déployé.`,
          },
        ],
      },
      {
        title: "Construire et exécuter",
        lessons: [
          {
            title: "Écrire un Dockerfile efficace",
            durationMinutes: 18,
            body: `Un **Dockerfile** décrit, instruction par instruction, comment construire une image. Voici un exemple pour une application Node.js :

\`\`\`dockerfile
# Étape 1 : construction
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Étape 2 : image finale, plus légère
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
USER node
CMD ["node", "dist/server.js"]
\`\`\`

Trois principes rendent ce fichier efficace :

1. **L'ordre des instructions.** On copie d'abord les fichiers de dépendances, puis le code. Tant que \`package-lock.json\` ne change pas, la couche \`npm ci\` est reprise du cache et la construction prend quelques secondes.
2. **La construction en plusieurs étapes.** Les outils de compilation restent dans la première étape ; l'image finale ne contient que le nécessaire.
3. **Un utilisateur non privilégié.** \`USER node\` évite d'exécuter l'application en tant que root.

Ajoutez aussi un fichier \`.dockerignore\` contenant par exemple \`node_modules\` et \`.git\`, pour ne pas envoyer de fichiers inutiles au moment de la construction.`,
          },
          {
            title: "Volumes, réseaux et Docker Compose",
            durationMinutes: 18,
            body: `Les données écrites dans un conteneur disparaissent lorsqu'il est supprimé. Pour les conserver, on utilise un **volume**, un espace de stockage géré par Docker et monté dans le conteneur.

Les conteneurs d'un même **réseau** Docker se joignent par leur nom, grâce à un DNS intégré. Plutôt que de tout configurer à la main, **Docker Compose** décrit l'ensemble dans un fichier \`compose.yaml\` :

\`\`\`yaml
services:
  web:
    build: .
    ports:
      - "8080:3000"
    environment:
      DATABASE_URL: postgres://app:motdepasse@db:5432/app
    depends_on:
      - db
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: motdepasse
    volumes:
      - donnees-db:/var/lib/postgresql/data

volumes:
  donnees-db:
\`\`\`

Points à retenir :

- Le service \`web\` atteint la base avec le nom d'hôte \`db\`, le nom du service.
- \`"8080:3000"\` publie le port 3000 du conteneur sur le port 8080 de votre machine.
- Le volume \`donnees-db\` survit à \`docker compose down\`, mais pas à \`docker compose down -v\`.

\`\`\`bash
docker compose up -d     # démarrer en arrière-plan
docker compose logs -f   # suivre les journaux
\`\`\``,
          },
        ],
      },
    ],
    publishedDaysAgo: 2,
  },
  {
    slug: "resposta-a-ataques-de-ransomware",
    title: "Resposta a ataques de ransomware",
    providerSlug: "bastion-security-institute",
    skillSlugs: ["incident-response", "cybersecurity"],
    summary:
      "Prepare a sua organização para o ransomware: como os ataques acontecem, cópias de segurança resistentes, contenção nas primeiras horas e recuperação com segurança.",
    description: `O ransomware continua a ser uma das ameaças mais destrutivas para empresas de todas as dimensões. Os atacantes já não se limitam a cifrar ficheiros: roubam dados, apagam cópias de segurança e pressionam as vítimas com ameaças de publicação.

Este curso, pensado para administradores de sistemas, equipas de TI e responsáveis de segurança, segue um ataque realista do primeiro acesso até à recuperação. Em cada fase, aprende o que fazer, o que evitar e que decisões devem ser preparadas com antecedência.

- Como funcionam os grupos de ransomware atuais
- Cópias de segurança que sobrevivem a um ataque
- Um guia de ação para as primeiras horas
- Recuperação ordenada e lições aprendidas`,
    level: "intermediate",
    language: "pt",
    durationMinutes: 240,
    priceAmount: 4900,
    currency: "EUR",
    outcomes: [
      "Descrever as fases típicas de um ataque de ransomware moderno",
      "Desenhar uma estratégia de cópias de segurança segundo a regra 3-2-1-1-0",
      "Conter um ataque em curso sem destruir provas importantes",
      "Planear uma recuperação ordenada e verificar que o atacante foi removido",
      "Conduzir uma análise pós-incidente e transformar lições em melhorias",
    ],
    requirements: [
      "Experiência na administração de servidores Windows ou Linux",
      "Conhecimentos básicos de redes e de Active Directory",
    ],
    modules: [
      {
        title: "Compreender a ameaça",
        lessons: [
          {
            title: "Como funciona um ataque de ransomware",
            durationMinutes: 15,
            isPreview: true,
            body: `Um ataque de ransomware moderno raramente começa com a cifragem. Normalmente passam dias ou semanas entre a entrada do atacante e o momento em que os ficheiros ficam inacessíveis.

As fases mais comuns são:

1. **Acesso inicial:** um email de phishing, uma VPN sem autenticação multifator ou um servidor exposto com uma vulnerabilidade conhecida.
2. **Reconhecimento e movimento lateral:** o atacante mapeia a rede, recolhe credenciais e procura contas de administrador de domínio.
3. **Exfiltração:** dados sensíveis são copiados para fora da organização, muitas vezes com ferramentas legítimas como o \`rclone\`.
4. **Destruição das cópias de segurança:** apagam-se snapshots e backups acessíveis a partir da rede.
5. **Cifragem:** o ransomware é distribuído em massa, frequentemente através de políticas de grupo (GPO), durante a noite ou ao fim de semana.

Esta "dupla extorsão" significa que restaurar os backups já não resolve tudo: os dados roubados podem ser publicados.

A boa notícia é que cada fase é uma oportunidade de deteção. Um início de sessão de administrador fora de horas, um volume invulgar de tráfego de saída ou a execução de \`vssadmin delete shadows\` são sinais que devem gerar alertas imediatos.`,
          },
          {
            title: "Cópias de segurança que resistem ao ransomware",
            durationMinutes: 15,
            body: `Os atacantes sabem que as cópias de segurança são a sua maior ameaça, por isso tentam destruí-las antes de cifrar os sistemas. Uma estratégia resistente segue a regra **3-2-1-1-0**:

| Número | Significado |
|---|---|
| **3** | Três cópias dos dados (a original e duas cópias) |
| **2** | Em dois tipos de suporte diferentes |
| **1** | Uma cópia fora das instalações |
| **1** | Uma cópia imutável ou desligada da rede (*offline*) |
| **0** | Zero erros nos testes de restauro |

A cópia **imutável** é a mais importante. Pode ser conseguida com armazenamento em objeto com bloqueio, como o S3 Object Lock em modo *compliance*, que impede a eliminação até ao fim do período de retenção, mesmo por um administrador.

Outras medidas essenciais:

- Use contas de administração do sistema de backups **separadas** do Active Directory principal, com autenticação multifator.
- Monitorize alterações às políticas de retenção e eliminações em massa.
- **Teste o restauro** regularmente, medindo o tempo real: restaurar 20 TB pode demorar dias.

Um backup que nunca foi restaurado é apenas uma esperança, não um plano.`,
          },
        ],
      },
      {
        title: "Responder ao incidente",
        lessons: [
          {
            title: "As primeiras horas: conter sem destruir provas",
            durationMinutes: 18,
            body: `Quando o ransomware é detetado, o objetivo imediato é **travar a propagação**. As decisões tomadas nas primeiras horas determinam a dimensão dos danos.

Ações prioritárias:

1. **Isolar os sistemas afetados** da rede, através da ferramenta de EDR ou desligando o cabo ou o Wi-Fi. Evite desligar as máquinas da corrente: a memória pode conter chaves de cifra e provas valiosas.
2. **Bloquear o movimento lateral:** desativar contas comprometidas, sobretudo as de administrador, e bloquear SMB e RDP entre segmentos de rede.
3. **Proteger as cópias de segurança:** desligar o acesso da rede aos servidores de backup até se perceber a extensão do ataque.
4. **Ativar a equipa de crise:** direção, jurídico, comunicação e, se existir, a seguradora de ciber-risco.

Registe tudo numa cronologia com data e hora. Será necessária para as autoridades e, no espaço europeu, para a eventual notificação à autoridade de proteção de dados no prazo de 72 horas, prevista no RGPD.

Uma consulta útil num controlador de domínio para ver inícios de sessão recentes de uma conta suspeita:

\`\`\`powershell
Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4624} -MaxEvents 500 |
  Where-Object { $_.Message -match 'svc-backup' }
\`\`\`

Não negoceie nem pague sem aconselhamento jurídico e especializado.`,
          },
          {
            title: "Recuperação e lições aprendidas",
            durationMinutes: 16,
            body: `Recuperar depressa é tentador, mas restaurar sistemas enquanto o atacante ainda tem acesso leva frequentemente a uma segunda cifragem. A recuperação deve seguir uma ordem planeada.

1. **Confirmar a erradicação:** identificar o vetor de entrada e os mecanismos de persistência, como contas novas, tarefas agendadas e ferramentas de acesso remoto instaladas.
2. **Repor a identidade:** redefinir todas as palavras-passe privilegiadas e, duas vezes, a da conta \`krbtgt\` do Active Directory, para invalidar bilhetes Kerberos forjados.
3. **Restaurar por prioridade de negócio:** primeiro a infraestrutura base (DNS, identidade), depois os sistemas críticos e por fim os restantes.
4. **Reconstruir em vez de limpar:** reinstalar servidores a partir de imagens fiáveis e restaurar apenas os dados, verificados antes de voltarem à produção.

Depois do incidente, realize uma **análise pós-incidente sem culpabilização**. As perguntas certas são:

- Como entrou o atacante, e porque não foi detetado mais cedo?
- O que correu bem na resposta?
- Que três a cinco melhorias concretas reduzem o risco de repetição?

Atribua um responsável e uma data a cada melhoria, e acompanhe a sua execução como qualquer outro projeto.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 102,
  },
  {
    slug: "secrets-management-for-developers",
    title: "Secrets Management for Developers",
    providerSlug: "bastion-security-institute",
    skillSlugs: ["cybersecurity", "devops"],
    summary:
      "Stop leaking API keys and passwords: find secrets in code and Git history, block them before commit, use a secrets manager and rotate credentials safely after a leak.",
    description: `Leaked credentials are among the most common starting points for breaches. Millions of secrets are pushed to public repositories every year, and private repositories, CI logs and chat messages leak them too.

This course shows developers how secrets escape and how to stop it, without slowing down day-to-day work:

- Scanning repositories and history with gitleaks
- Pre-commit hooks and CI checks that block new leaks
- Secret managers, workload identity and dynamic credentials
- A calm, repeatable process for when a key does leak

You will leave with a checklist for auditing your own projects.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 180,
    priceAmount: 2900,
    currency: "GBP",
    outcomes: [
      "Explain the common ways secrets leak from code, logs and pipelines",
      "Scan repositories and Git history for secrets and block new ones at commit time",
      "Store and retrieve secrets with a secrets manager instead of config files",
      "Use short-lived dynamic credentials where possible",
      "Rotate and revoke a leaked credential and check for misuse",
    ],
    requirements: [
      "Day-to-day experience with Git",
      "Experience deploying an application that uses API keys or database passwords",
    ],
    modules: [
      {
        title: "Keeping secrets out of code",
        lessons: [
          {
            title: "Why secrets leak",
            durationMinutes: 12,
            isPreview: true,
            body: `A **secret** is any value that grants access: API keys, database passwords, private keys, OAuth client secrets and signing keys. Secrets leak through ordinary, well-intentioned work.

The most common paths:

- **Committed to Git.** A \`.env\` file is added by accident, or a key is pasted into a test. Deleting it in a later commit does not help: it remains in the history and in every clone.
- **Logged.** A debug statement prints a request with its \`Authorization\` header, or an exception includes a connection string.
- **CI output.** A build script echoes environment variables, or runs \`set -x\` in a shell step.
- **Container images.** A secret copied in one layer stays retrievable even if a later layer deletes it.
- **Chat and tickets.** A password shared "just this once" in a team channel.

Attackers scan public GitHub pushes continuously, and leaked cloud keys are often used within minutes.

The underlying fix is to make secrets **unnecessary** where you can, with workload identity and short-lived tokens, and to make the remaining ones **hard to mishandle**: injected at runtime, never written to disk in the repository, and masked in logs.`,
          },
          {
            title: "Scanning for secrets with gitleaks",
            durationMinutes: 16,
            body: `**gitleaks** is an open-source scanner that detects secrets using regular expressions and entropy checks. Use it in three places.

**1. Audit existing history.** Scan every commit, not just the current files:

\`\`\`bash
gitleaks git --redact -v .
\`\`\`

\`--redact\` hides the secret values in the output, which matters if you share the report.

**2. Block new secrets before commit** with the pre-commit framework:

\`\`\`yaml
# .pre-commit-config.yaml
repos:
  - repo: https://github.com/gitleaks/gitleaks
    rev: v8.18.4
    hooks:
      - id: gitleaks
\`\`\`

Run \`pre-commit install\` once per clone. Local hooks can be skipped, so they are a convenience, not a control.

**3. Enforce in CI and on the platform.** Run gitleaks on every pull request and enable your code host's push protection, such as GitHub secret scanning, which rejects pushes containing recognised token formats.

Handle false positives explicitly. Add test fixtures to a \`.gitleaksignore\` file by fingerprint, rather than disabling rules, so real secrets in the same file are still caught.

If a scan finds a real secret in history, **rotate it first**. Rewriting history is optional clean-up; the key must be treated as compromised either way.`,
          },
        ],
      },
      {
        title: "Storing and rotating secrets",
        lessons: [
          {
            title: "Secret managers and dynamic credentials",
            durationMinutes: 16,
            body: `A **secrets manager** stores secrets encrypted, controls who can read them, and logs every access. Common options are HashiCorp Vault, AWS Secrets Manager, Azure Key Vault and Google Secret Manager.

Applications fetch secrets at runtime, authenticating with their **workload identity**, such as an IAM role or Kubernetes service account, instead of another stored password:

\`\`\`bash
# AWS: fetch a secret using the instance or task role
aws secretsmanager get-secret-value --secret-id prod/orders/db \\
  --query SecretString --output text
\`\`\`

Better still are **dynamic credentials**, generated on demand and expiring automatically. Vault's database secrets engine, for example, creates a unique database user for each request:

\`\`\`bash
vault read database/creds/orders-readonly
# username  v-orders-readonly-8dK2...
# password  (random)
# lease_duration  1h
\`\`\`

Benefits of dynamic credentials:

| Property | Static password | Dynamic credential |
|---|---|---|
| Lifetime | Months or years | Minutes to hours |
| Shared between instances | Usually | Never |
| Attributable in audit logs | Hard | Each user maps to one workload |
| Rotation effort | Manual project | Automatic |

Start by moving static secrets into a manager, then convert the most sensitive ones, such as production database access, to dynamic credentials.`,
          },
          {
            title: "Rotation and responding to a leaked key",
            durationMinutes: 14,
            body: `Every secret will eventually need replacing, either on a schedule or because it leaked. If rotation is painful, it will be postponed, so design for it.

**Zero-downtime rotation** needs two valid credentials for a short overlap:

1. Create a new credential alongside the old one.
2. Update the secrets manager; applications pick up the new value on reload.
3. Confirm through logs or metrics that nothing still uses the old one.
4. Revoke the old credential.

Many managed services, including AWS Secrets Manager with RDS, automate this pattern.

**When a key leaks,** act in this order:

1. **Revoke or rotate immediately.** Do not wait to finish investigating; the exposure window is what matters.
2. **Check for misuse.** Search audit logs for the key's activity since the leak. In AWS, filter CloudTrail by access key ID:

\`\`\`bash
aws cloudtrail lookup-events \\
  --lookup-attributes AttributeKey=AccessKeyId,AttributeValue=AKIAEXAMPLE123 \\
  --start-time 2024-05-01T00:00:00Z
\`\`\`

3. **Find the root cause.** How did it leak, and would a scanner or hook have stopped it?
4. **Clean up** the source: remove it from code and, if needed, rewrite history.

Treat any leak as a small incident with a short written review.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 198,
  },
  {
    slug: "python-automation-for-cloud-operations",
    title: "Python Automation for Cloud Operations",
    providerSlug: "stratus-cloud-school",
    skillSlugs: ["python", "cloud-computing", "devops"],
    summary:
      "Automate routine cloud operations with Python and boto3: handle credentials safely, paginate and retry API calls, find waste, and run scripts on a schedule with Lambda.",
    description: `Every cloud team has a list of chores: find unused disks, check that backups ran, tag resources someone forgot, report on instances still on old images. Done by hand in a console, they take hours and get skipped. Done by a script, they take seconds.

This course teaches practical Python automation against the AWS API using boto3. You will write scripts that are safe to run in production: read-only by default, careful with credentials and resilient to API throttling.

The final project is a scheduled Lambda function that reports unattached volumes across every region to a chat channel.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 300,
    priceAmount: 7900,
    currency: "EUR",
    outcomes: [
      "Configure boto3 sessions and credentials safely for local and production use",
      "Handle pagination and throttling correctly in API calls",
      "Write scripts that find unused and untagged resources across regions",
      "Package and schedule automation as a Lambda function with least-privilege permissions",
    ],
    requirements: [
      "Comfortable writing basic Python: functions, loops and dictionaries",
      "An AWS account where you can create IAM roles",
    ],
    modules: [
      {
        title: "Scripting the cloud API",
        lessons: [
          {
            title: "Sessions, credentials and clients with boto3",
            durationMinutes: 15,
            isPreview: true,
            body: `**boto3** is the AWS SDK for Python. Everything starts with a **session**, which holds credentials and a default region, and **clients**, which call a specific service.

\`\`\`python
import boto3

session = boto3.Session(profile_name="ops-readonly", region_name="eu-west-1")
ec2 = session.client("ec2")

response = ec2.describe_instances(
    Filters=[{"Name": "instance-state-name", "Values": ["running"]}]
)
for reservation in response["Reservations"]:
    for instance in reservation["Instances"]:
        print(instance["InstanceId"], instance["InstanceType"])
\`\`\`

boto3 looks for credentials in a fixed order, so the same script works on your laptop and in the cloud:

1. Parameters passed explicitly in code, which you should avoid
2. Environment variables such as \`AWS_ACCESS_KEY_ID\`
3. Named profiles in \`~/.aws/config\`, including SSO profiles
4. Container and instance roles when running on AWS

Safe habits:

- **Never hard-code keys.** Use \`aws sso login\` locally and IAM roles in production.
- **Default to read-only.** Give scripts a dedicated profile or role that can only describe and list.
- **Add a \`--dry-run\` flag** to anything that modifies resources; many EC2 calls also accept \`DryRun=True\` to check permissions without acting.`,
          },
          {
            title: "Pagination and retries",
            durationMinutes: 16,
            body: `Two details separate scripts that work in a demo account from scripts that work in production.

**Pagination.** List and describe calls return results in pages, often of 50 to 1,000 items, with a \`NextToken\` for the rest. A script that reads only the first response silently misses resources. boto3 **paginators** handle this for you:

\`\`\`python
paginator = ec2.get_paginator("describe_volumes")
volumes = []
for page in paginator.paginate(
    Filters=[{"Name": "status", "Values": ["available"]}]
):
    volumes.extend(page["Volumes"])
\`\`\`

**Throttling.** AWS limits API request rates per account and region. Exceed them and calls fail with \`ThrottlingException\` or \`RequestLimitExceeded\`. botocore retries automatically; configure the **adaptive** or **standard** retry mode for more robust back-off:

\`\`\`python
from botocore.config import Config

config = Config(retries={"max_attempts": 10, "mode": "adaptive"})
ec2 = session.client("ec2", config=config)
\`\`\`

Other resilience tips:

- Catch \`botocore.exceptions.ClientError\` and inspect \`err.response["Error"]["Code"]\` to handle specific failures.
- Avoid tight loops of single-item calls; most describe calls accept lists of IDs or filters.
- Log which region and account each result came from, so output stays meaningful when you scale to many.`,
          },
        ],
      },
      {
        title: "Useful automations",
        lessons: [
          {
            title: "Finding unattached volumes across regions",
            durationMinutes: 18,
            body: `Unattached EBS volumes are a classic source of waste: an instance is terminated, but its data volume is kept and billed every month. A script can find them across all regions in seconds.

\`\`\`python
import boto3
from datetime import datetime, timezone

session = boto3.Session()
regions = [r["RegionName"] for r in
           session.client("ec2").describe_regions()["Regions"]]

now = datetime.now(timezone.utc)
for region in regions:
    ec2 = session.client("ec2", region_name=region)
    pages = ec2.get_paginator("describe_volumes").paginate(
        Filters=[{"Name": "status", "Values": ["available"]}])
    for page in pages:
        for vol in page["Volumes"]:
            age = (now - vol["CreateTime"]).days
            tags = {t["Key"]: t["Value"] for t in vol.get("Tags", [])}
            print(f"{region}\\t{vol['VolumeId']}\\t{vol['Size']} GiB\\t"
                  f"{age} days\\t{tags.get('team', 'untagged')}")
\`\`\`

Notes on this script:

- \`describe_regions\` returns only regions enabled for the account, so opted-out regions are skipped.
- The \`status=available\` filter means "not attached to any instance".
- The \`team\` tag tells you whom to ask before deleting anything.

Start by **reporting**, not deleting. Send the list to owners, agree on a policy, for example "snapshot and delete after 30 days unattached", and only then automate deletion. A snapshot costs far less than the volume and makes mistakes reversible.`,
          },
          {
            title: "Running scripts on a schedule with Lambda",
            durationMinutes: 20,
            body: `A script on someone's laptop runs when they remember. A **Lambda function** triggered by an **EventBridge Scheduler** schedule runs every time, with no server to maintain.

Wrap the logic in a handler:

\`\`\`python
import json, os, urllib.request

def handler(event, context):
    findings = find_unattached_volumes()          # from the previous lesson
    text = f"{len(findings)} unattached volumes found"
    req = urllib.request.Request(
        os.environ["WEBHOOK_URL"],
        data=json.dumps({"text": text}).encode(),
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(req, timeout=10)
    return {"count": len(findings)}
\`\`\`

Configure it carefully:

| Setting | Recommendation |
|---|---|
| Execution role | Only \`ec2:DescribeRegions\` and \`ec2:DescribeVolumes\` |
| Timeout | Raise from the 3-second default to a few minutes for multi-region scans |
| Schedule | \`cron(0 7 ? * MON-FRI *)\` for weekday mornings in UTC |
| Secrets | Store the webhook URL in Secrets Manager or an encrypted parameter |

Deploy with infrastructure as code, such as Terraform or AWS SAM, so the function, role and schedule are reviewed together.

Finally, monitor the monitor: alert on the function's \`Errors\` metric, or a broken automation will fail silently for months.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 247,
  },
  {
    slug: "threat-hunting-with-logs",
    title: "Threat Hunting with Logs",
    providerSlug: "bastion-security-institute",
    skillSlugs: ["incident-response", "cybersecurity"],
    summary:
      "Find attackers your alerts missed: build hunt hypotheses from MITRE ATT&CK, baseline normal activity, hunt on Windows and Linux, and turn results into Sigma detections.",
    description: `Automated detections catch known patterns. Skilled attackers work hard to avoid them. Threat hunting is the proactive search for activity that slipped through, based on the assumption that something already has.

This advanced course teaches a repeatable, hypothesis-driven hunting process built on log data most organisations already collect: Windows event logs, Sysmon, Linux audit logs and authentication records.

- Hypotheses mapped to MITRE ATT&CK techniques
- Baselining to separate the rare from the malicious
- Practical hunts for PowerShell abuse and Linux persistence
- Converting successful hunts into Sigma rules for your SIEM

Query examples are given in a vendor-neutral style with notes for Splunk, Elastic and Microsoft Sentinel.`,
    level: "advanced",
    language: "en",
    durationMinutes: 480,
    priceAmount: 19900,
    currency: "GBP",
    outcomes: [
      "Write testable hunt hypotheses mapped to MITRE ATT&CK techniques",
      "Build baselines of normal activity and use stacking to find outliers",
      "Hunt for malicious PowerShell using script block logging",
      "Find common persistence mechanisms on Linux hosts",
      "Convert hunt findings into Sigma rules and measure their quality",
    ],
    requirements: [
      "Experience investigating alerts in a SIEM or log platform",
      "Working knowledge of Windows and Linux internals",
      "Familiarity with at least one log query language",
    ],
    modules: [
      {
        title: "Hypothesis-driven hunting",
        lessons: [
          {
            title: "From hypothesis to query",
            durationMinutes: 16,
            isPreview: true,
            body: `A hunt without a hypothesis is just browsing logs. A good **hypothesis** is specific, based on a realistic threat, and testable with the data you have.

**MITRE ATT&CK** is the best source of ideas. It catalogues adversary techniques with IDs, such as T1053 (Scheduled Task/Job) and T1059.001 (PowerShell), along with the data sources that reveal them.

Compare two hypotheses:

- Weak: "Attackers might be in our network."
- Strong: "An attacker with a foothold on a workstation is using scheduled tasks (T1053.005) to maintain persistence, which would appear as Event ID 4698 for tasks created by non-admin users outside software deployment windows."

The strong version tells you exactly which data to query and what "suspicious" means. A simple hunt record keeps work repeatable:

| Field | Example |
|---|---|
| Hypothesis | Scheduled task persistence on workstations |
| ATT&CK | T1053.005 |
| Data | Windows Security 4698, Sysmon 1 |
| Time range | Last 30 days |
| Result | 2 suspicious tasks; 1 escalated to incident |

A hunt that finds nothing is still useful. It confirms coverage, and it often reveals missing logs, which is a finding in its own right.`,
          },
          {
            title: "Building a baseline",
            durationMinutes: 18,
            body: `Hunting relies on contrast: you can only spot the abnormal if you know what normal looks like. A **baseline** describes typical activity for a population of hosts or users.

The simplest and most powerful technique is **stacking**, also called frequency analysis: group events by a field and sort by count, then examine the rare values at the bottom.

\`\`\`text
# Pseudo-query: processes launched by Office applications, last 30 days
process_events
| where parent_name in ("winword.exe", "excel.exe", "outlook.exe")
| summarize hosts = dcount(host), count() by process_name, parent_name
| sort by hosts asc
\`\`\`

A child process such as \`splwow64.exe\` under Word on 900 hosts is normal printing. \`powershell.exe\` under Word on two hosts is worth investigating immediately.

Good baselining practice:

- **Count hosts, not events.** One noisy machine can generate thousands of events; rarity across hosts matters more.
- **Segment the population.** Servers, developer laptops and finance workstations behave differently.
- **Use long enough windows.** Monthly jobs disappear from a seven-day baseline.
- **Record what you learn.** A list of known-good rare items saves time on the next hunt.

Rare is not the same as malicious, but malicious is very often rare.`,
          },
        ],
      },
      {
        title: "Hunts on Windows and Linux",
        lessons: [
          {
            title: "Hunting for suspicious PowerShell",
            durationMinutes: 20,
            body: `PowerShell is present on every Windows machine and can download, decode and execute code entirely in memory, which makes it a favourite of attackers (ATT&CK T1059.001).

Enable the right logs first:

- **Script block logging**, Event ID 4104 in \`Microsoft-Windows-PowerShell/Operational\`, records the code actually executed, even after deobfuscation.
- **Process creation**, Sysmon Event ID 1 or Security 4688 with command-line logging, records how PowerShell was launched.

Indicators worth hunting for in command lines and script blocks:

| Indicator | Why it matters |
|---|---|
| \`-EncodedCommand\` or \`-enc\` | Hides the real command in Base64 |
| \`IEX\`, \`Invoke-Expression\` | Executes a string as code |
| \`DownloadString\`, \`Net.WebClient\` | Fetches code from the internet |
| \`-WindowStyle Hidden\`, \`-NoProfile\` | Avoids visibility and user settings |
| \`FromBase64String\` with \`Reflection.Assembly\` | Loads binaries in memory |

\`\`\`text
powershell_script_blocks
| where event_id == 4104
| where script_text has_any ("IEX", "DownloadString", "FromBase64String")
| summarize hosts = dcount(host) by user, substring(script_text, 0, 120)
\`\`\`

Expect legitimate hits from management tools and installers. Stack by user and parent process, and investigate combinations that appear on only a few hosts.`,
          },
          {
            title: "Finding persistence on Linux hosts",
            durationMinutes: 18,
            body: `After compromising a Linux server, attackers want to survive reboots and password changes. The persistence locations are well known, which makes them good hunting ground.

| Mechanism | Where to look | ATT&CK |
|---|---|---|
| Cron jobs | \`/etc/crontab\`, \`/etc/cron.d/\`, \`/var/spool/cron/\` | T1053.003 |
| systemd services and timers | \`/etc/systemd/system/\`, \`~/.config/systemd/user/\` | T1543.002 |
| SSH keys | \`~/.ssh/authorized_keys\` for every user | T1098.004 |
| Shell start-up files | \`~/.bashrc\`, \`/etc/profile.d/\` | T1546.004 |

Quick live checks on a host:

\`\`\`bash
# Files in persistence locations changed in the last 14 days
find /etc/cron* /var/spool/cron /etc/systemd/system /etc/profile.d \\
     /root/.ssh /home/*/.ssh -type f -mtime -14 -ls 2>/dev/null

# Enabled services not owned by any installed package (Debian/Ubuntu)
for f in /etc/systemd/system/*.service; do
  dpkg -S "$f" >/dev/null 2>&1 || echo "unpackaged: $f"
done
\`\`\`

At scale, use **auditd** rules to log writes to these paths and hunt across the fleet:

\`\`\`bash
-w /etc/cron.d/ -p wa -k persistence
-w /root/.ssh/authorized_keys -p wa -k persistence
\`\`\`

Compare results against configuration management. Anything not deployed by your tooling needs an explanation.`,
          },
        ],
      },
      {
        title: "Turning hunts into detections",
        lessons: [
          {
            title: "Writing Sigma rules",
            durationMinutes: 18,
            body: `When a hunt finds something worth catching every time, turn it into a detection. **Sigma** is an open, vendor-neutral YAML format for log detections. Converters such as \`sigma-cli\` translate rules into Splunk, Elastic, Sentinel and other query languages.

\`\`\`yaml
title: Office Application Spawning PowerShell
id: 6f1b3c9e-2d4a-4e8b-9c61-0a7d5e2f8b13
status: experimental
description: Detects Word, Excel or Outlook starting PowerShell, common in malicious documents
references:
  - https://attack.mitre.org/techniques/T1059/001/
tags:
  - attack.execution
  - attack.t1059.001
logsource:
  product: windows
  category: process_creation
detection:
  selection:
    ParentImage|endswith:
      - '\\winword.exe'
      - '\\excel.exe'
      - '\\outlook.exe'
    Image|endswith: '\\powershell.exe'
  condition: selection
falsepositives:
  - Rare legitimate add-ins; document exceptions by hash
level: high
\`\`\`

Convert it for your platform:

\`\`\`bash
sigma convert -t splunk -p sysmon office_spawns_powershell.yml
\`\`\`

Good rules:

- Describe **behaviour**, not a single file hash or IP that the attacker will change
- List known false positives so analysts triage faster
- Carry ATT&CK tags so coverage can be measured
- Live in version control with tests against sample events`,
          },
          {
            title: "Measuring and tuning detections",
            durationMinutes: 16,
            body: `A detection that fires fifty times a day on harmless activity will be ignored, and then it cannot catch anything. Treat detections like code: measure them and improve them.

Track a few numbers for each rule over 30 days:

| Metric | What it tells you |
|---|---|
| Alert volume | Workload the rule creates |
| True positive rate | Share of alerts that were real issues |
| Mean time to triage | How easy the alert is to act on |
| Last fired | Rules that never fire may be broken, not just quiet |

Tuning options, from best to worst:

1. **Make the logic more precise,** for example by adding a condition on the command line rather than matching every execution.
2. **Exclude specific, verified benign cases,** such as one signed management tool by path and signer, not a whole directory.
3. **Lower the severity** so the rule feeds a dashboard or correlation instead of paging.
4. **Disable,** only with a written reason.

Test that rules still work. Attack simulation tools such as Atomic Red Team run individual ATT&CK techniques safely, so you can confirm an alert appears end to end.

Review the rule set quarterly against ATT&CK to find techniques with no coverage; those gaps become your next hunts.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 301,
  },
];
