import { PAGE_SIZE, relatedByTagsAll } from '../src/lib/queries.ts';
import { newestFirst } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';

/** The published articles, newest first, with their tags (the related-reading rule needs them). */
const articles = newestFirst('articles').map((a) => ({
  ...a,
  data: Object.assign(a.data, { tags: (a.data.tags ?? []) as string[] }),
}));

/** Every card picture inside `scope`: a real, loaded image with width, height and a responsive srcset. */
async function expectResponsiveImages(page: Page, scope: string, atLeast: number) {
  const images = page.locator(`${scope} picture img`);
  expect(await images.count()).toBeGreaterThanOrEqual(atLeast);
  for (const img of await images.all()) {
    await expect(img).toHaveAttribute('width', /^\d+$/);
    await expect(img).toHaveAttribute('height', /^\d+$/);
    await expect(img).toHaveAttribute('srcset', /\d+w/);
    const picture = img.locator('xpath=..');
    await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif \d+w/);
    await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp \d+w/);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
}

test('the home page has a hero picture and cover pictures on its cards', async ({ page }) => {
  await page.goto('./');
  const hero = page.locator('img[data-hero]');
  await expect(hero).toBeVisible();
  // Above the fold: loaded at once, first.
  await expect(hero).toHaveAttribute('loading', 'eager');
  await expect(hero).toHaveAttribute('fetchpriority', 'high');
  await expectResponsiveImages(page, 'main', 5);
  // The category blocks are below the fold on a phone: their pictures wait until scrolled to.
  await expect(page.locator('section[aria-labelledby^="home-"] ul').first()).toBeVisible();
  const lazy = page.locator('section[aria-labelledby="home-news"] picture img');
  await expect(lazy).toHaveAttribute('loading', 'lazy');
});

test('article lists show each cover as a thumbnail on its card', async ({ page }) => {
  const first = articles.slice(0, PAGE_SIZE);
  const covered = first.filter((a) => a.data.cover).length;
  test.skip(covered === 0, 'no article on the first page of the list has a cover');
  await page.goto('articles/');
  const cards = page.locator('main article');
  await expect(cards).toHaveCount(first.length);
  // Every article with a cover shows it on its card.
  await expect(cards.locator('picture img')).toHaveCount(covered);
  await expectResponsiveImages(page, 'main article', covered);
  for (const img of await cards.locator('picture img').all()) await expect(img).toHaveAttribute('alt', /\S/);
});

/** An article whose related reading (the site's own rule) has covers, and how many. */
const related = [...relatedByTagsAll(articles)]
  .map(([id, list]) => ({ id, covers: list.filter((a) => a.data.cover).length }))
  .find((r) => r.covers > 0);

test('related reading shows the covers of the related articles', async ({ page }) => {
  test.skip(!related, 'no article of the content has related reading with a cover');
  await page.goto(`articles/${related!.id}/`);
  await expectResponsiveImages(page, 'section[aria-labelledby="related"]', related!.covers);
});

/** The newest article with a cover: searching for its title finds it first. */
const withCover = articles.find((a) => a.data.cover);

test('search results show the cover of each page that has one, loaded from this site', async ({ page }) => {
  test.skip(!withCover, 'no article of the content has a cover');
  await page.goto('search/?q=' + encodeURIComponent(String(withCover!.data.title)));
  const results = page.locator('[data-search-list] > li');
  await expect(results.first().locator('h2')).toHaveText(String(withCover!.data.title));
  // With or without a picture, a result reads top to bottom: title, then facts and excerpt below it.
  for (const result of (await results.all()).slice(0, 5)) {
    const title = await result.locator('h2').boundingBox();
    const excerpt = await result.locator('p').last().boundingBox();
    expect(excerpt!.y).toBeGreaterThanOrEqual(title!.y + title!.height);
  }
  const thumbnails = results.locator('> img');
  expect(await thumbnails.count()).toBeGreaterThanOrEqual(1);
  // Covers come as small WebP files made by the build, not the full-size upload.
  await expect(thumbnails.first()).toHaveAttribute('src', /\/_astro\/.+\.webp$/);
  for (const img of await thumbnails.all()) {
    await expect(img).toHaveAttribute('width', '96');
    await expect(img).toHaveAttribute('height', '54');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
});

test('the quick-search dialog shows the cover of a result beside its text', async ({ page }) => {
  test.skip(!withCover, 'no article of the content has a cover');
  await page.goto('');
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: '搜索全站' });
  await dialog.getByRole('combobox', { name: '搜索关键词' }).fill(String(withCover!.data.title));
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText(String(withCover!.data.title));
  const img = first.locator('img');
  await expect(img).toHaveAttribute('src', /\/_astro\/.+\.webp$/);
  await expect(img).toHaveAttribute('alt', '');
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  // The picture sits to the right of the title, not above or below it.
  const [title, picture] = [await first.locator('span').first().boundingBox(), await img.boundingBox()];
  expect(picture!.x).toBeGreaterThan(title!.x);
  expect(picture!.y).toBeLessThan(title!.y + title!.height);
});
