import { LOAD, logIn, sourceMode } from './cms.ts';
import { expect, test } from './live-site.ts';

// The ＋ 图片 form's 选择或上传图片 opens Decap's media library; what is chosen there must fill
// the form's path (it did not: Decap re-renders a control only on value changes), and the
// preview must show an image just uploaded, which the served site does not have yet.
test('the Figure form takes an uploaded or an existing image from the media library, and the preview shows it', async ({
  page,
}) => {
  // No 404 is allowed here (e2e/fixtures.ts fails on console errors): the preview must not ask the site for the upload.
  // Decap copies the media library into a new entry when it creates it, from the state it read before
  // waiting for the library's first load (decap-cms-core 3.19, createEmptyDraft): an entry opened
  // before that load ends never lists the images already on the site. An editor who opens 新建 from
  // the list is slower than the load; this test goes straight to the new entry, so it waits for it.
  const mediaLoaded = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/') && /"getMedia"/.test(r.request().postData() ?? ''),
  );
  await logIn(page);
  await mediaLoaded;
  await page.goto('admin/#/collections/articles/new');
  await sourceMode(page);
  const body = page.getByLabel('正文');
  await expect(body).toBeVisible({ timeout: LOAD });

  // A new upload.
  await page.getByRole('button', { name: '＋ 图片' }).click();
  const insert = page.getByRole('button', { name: '插入图片' });
  const src = page.getByRole('group', { name: '插入图片' }).getByLabel('图片', { exact: true });
  await expect(insert).toBeDisabled();
  await page.getByRole('button', { name: '选择或上传图片' }).click();
  await page.locator('input[type="file"]').setInputFiles('e2e/cms/files/会场照片.png');
  const card = page.getByText(/^hui-chang-zhao-pian-\d{8}-\d{6}\.png$/);
  await expect(card).toBeVisible();
  const uploaded = (await card.textContent())!;
  await page.getByRole('button', { name: '选用已选中项目' }).click();
  await expect(src).toHaveValue(`/uploads/${uploaded}`);
  await page.getByLabel('图片描述').fill('会场');
  await expect(insert).toBeEnabled();
  await insert.click();
  await expect(body).toHaveValue(`<Figure src="/uploads/${uploaded}" alt="会场" />\n`);

  // The preview shows the upload from the CMS's own copy, not a 404 from the site.
  const preview = page.locator('iframe').first().contentFrame();
  const image = preview.locator('figure img');
  await expect(image).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // An image already in the library (an SVG on the published site).
  await page.getByRole('button', { name: '＋ 图片' }).click();
  await page.getByRole('button', { name: '选择或上传图片' }).click();
  // The library shows only the cards in view: other tests' uploads may push this one out, so it is searched for.
  await page.getByPlaceholder('搜索...').fill('three-meetings');
  await page.getByText('three-meetings-one-lesson.svg', { exact: true }).click();
  await page.getByRole('button', { name: '选用已选中项目' }).click();
  await expect(src).toHaveValue('/uploads/three-meetings-one-lesson.svg');
  await page.getByLabel('图片描述').fill('三会一课示意图');
  await insert.click();
  await expect(body).toHaveValue(
    `<Figure src="/uploads/${uploaded}" alt="会场" />\n\n<Figure src="/uploads/three-meetings-one-lesson.svg" alt="三会一课示意图" />\n`,
  );
  await expect(preview.locator('figure img')).toHaveCount(2);
  await expect
    .poll(() =>
      preview
        .locator('figure img')
        .last()
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0);
});
