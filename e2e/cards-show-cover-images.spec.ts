import { expect, test, type Page } from './fixtures.ts';

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
  await page.goto('articles/');
  const cards = page.locator('main article');
  await expect(cards).toHaveCount(10);
  // Every starter article has a cover.
  await expect(cards.locator('picture img')).toHaveCount(10);
  await expectResponsiveImages(page, 'main article', 10);
  for (const img of await cards.locator('picture img').all()) await expect(img).toHaveAttribute('alt', /\S/);
});

test('related reading shows the covers of the related articles', async ({ page }) => {
  await page.goto('articles/2026-quality-of-three-meetings-one-lesson/');
  await expectResponsiveImages(page, 'section[aria-labelledby="related"]', 1);
});

test('search results show the cover of each page that has one, loaded from this site', async ({ page }) => {
  await page.goto('search/?q=' + encodeURIComponent('三会一课'));
  const results = page.locator('[data-search-list] > li');
  await expect(results.first()).toBeVisible();
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
