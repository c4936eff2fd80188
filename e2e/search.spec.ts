import { expect, test } from "@playwright/test";

test("type-ahead in the header works with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search courses and skills" });
  await box.focus();
  await page.keyboard.type("kube");
  const options = page.getByRole("listbox", { name: "Suggestions" }).getByRole("option");
  await expect(options.first()).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  const label = (await options.first().locator("span").first().textContent())!;
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(label.split(":")[0]!);

  await page.goto("/");
  await box.fill("sql");
  await expect(options.first()).toBeVisible();
  await page.keyboard.press("Escape"); // closes the list, keeps the words
  await expect(page.getByRole("listbox", { name: "Suggestions" })).toBeHidden();
  await expect(box).toHaveValue("sql");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/courses\?q=sql$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Courses matching “sql”");
});

test("refine a search with facets, share the URL, go back and forward", async ({ page, browser }) => {
  await page.goto("/courses?q=data");
  const total = Number(/of (\d+)/.exec((await page.getByText(/^Showing/).textContent())!)![1]);
  await page.getByRole("group", { name: "Level" }).getByRole("checkbox", { name: /^Beginner/ }).check();
  await expect(page).toHaveURL(/level=beginner/);
  const filtered = Number(/of (\d+)/.exec((await page.getByText(/^Showing/).textContent())!)![1]);
  expect(filtered).toBeLessThan(total);
  await page.getByRole("group", { name: "Price" }).getByRole("radio", { name: /^Free/ }).check();
  await expect(page).toHaveURL(/price=free/);
  await expect(page.getByRole("list", { name: "Active filters" }).getByRole("link")).toHaveCount(3);
  const titles = await page.locator("main ul li h3").allTextContents();

  const shared = await browser.newPage();
  await shared.goto(page.url());
  expect(await shared.locator("main ul li h3").allTextContents()).toEqual(titles);
  await expect(shared.getByRole("group", { name: "Level" }).getByRole("checkbox", { name: /^Beginner/ })).toBeChecked();
  await shared.close();

  await page.goBack();
  await expect(page).not.toHaveURL(/price=free/);
  await expect(page).toHaveURL(/level=beginner/);
  await page.goForward();
  await expect(page).toHaveURL(/price=free/);

  await page.getByRole("list", { name: "Active filters" }).getByRole("link", { name: /Beginner/ }).click();
  await expect(page).not.toHaveURL(/level=/);
});

test("sorting by price puts the cheapest first", async ({ page }) => {
  await page.goto("/courses");
  await page.getByLabel("Sort by").selectOption("price_asc");
  await expect(page).toHaveURL(/sort=price_asc/);
  // exact: a summary saying "jargon-free" must not make the match ambiguous.
  await expect(page.locator("main ul li").first().getByText("Free", { exact: true })).toBeVisible();
});

test("a misspelled search offers what was meant", async ({ page }) => {
  await page.goto("/courses?q=kubrnetes");
  await expect(page.getByText("Showing results for")).toContainText("kubernetes");
  await expect(page.locator("main ul li h3").first()).toContainText("Kubernetes");
});

test("an empty search result helps", async ({ page }) => {
  await page.goto("/courses?q=zzqxv&level=advanced");
  await expect(page.getByRole("heading", { name: "No courses match" })).toBeVisible();
  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/courses$/);
});

test("the public API validates, pages by cursor and supports ETags", async ({ request }) => {
  const bad = await request.get("/api/v1/courses?level=expert&colour=red");
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error.errors).toEqual(
    expect.arrayContaining([
      { parameter: "level", message: "must be one of beginner, intermediate, advanced" },
      { parameter: "colour", message: "is not a known parameter" },
    ]),
  );

  const first = await request.get("/api/v1/courses?limit=5&sort=newest");
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toContain("max-age=60");
  const page1 = await first.json();
  expect(page1.data).toHaveLength(5);
  const second = await (await request.get(`/api/v1/courses?limit=5&sort=newest&cursor=${page1.pagination.nextCursor}`)).json();
  expect(second.data.map((c: { slug: string }) => c.slug)).not.toContain(page1.data[0].slug);

  const etag = first.headers().etag!;
  const notModified = await request.get("/api/v1/courses?limit=5&sort=newest", { headers: { "If-None-Match": etag } });
  expect(notModified.status()).toBe(304);

  const detail = await request.get(`/api/v1/courses/${page1.data[0].slug}`);
  expect((await detail.json()).data).toMatchObject({ slug: page1.data[0].slug, syllabus: expect.any(Array) });
  expect((await request.get("/api/v1/courses/no-such-course")).status()).toBe(404);
});

test("search engines get a sitemap, robots.txt, JSON-LD and share images", async ({ page, request }) => {
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("<sitemapindex");
  const coursesFile = /<loc>([^<]*courses-1\.xml)<\/loc>/.exec(index)![1]!;
  const urls = await (await request.get(new URL(coursesFile).pathname)).text();
  expect(urls).toContain("/courses/sql-for-analysts</loc>");
  expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");

  await page.goto("/courses/sql-for-analysts");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Course", name: expect.stringContaining("SQL for Analysts") });
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  const image = await request.get(new URL(ogImage!).pathname);
  expect(image.headers()["content-type"]).toBe("image/png");
  await expect(page.getByRole("heading", { name: "Related courses" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ratings" })).toBeVisible();
});
