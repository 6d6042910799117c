/* The floor under Galley's PDF path: the poppler-glib calls Galley's reader makes for every
 * page (size, text, per-glyph layout, text attributes, link and image areas), in plain C, with
 * nothing done to the results. bench.py times it against pdftotext to show how much of Galley's
 * ratio is the library it reads PDFs through, and how much is Galley's own work.
 * Usage: poppler_floor FILE.pdf */
#include <poppler.h>
#include <stdio.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: poppler_floor FILE.pdf\n");
        return 64;
    }
    GError *error = NULL;
    gchar *contents = NULL;
    gsize length = 0;
    if (!g_file_get_contents(argv[1], &contents, &length, &error)) {
        fprintf(stderr, "poppler_floor: %s\n", error->message);
        return 66;
    }
    GBytes *bytes = g_bytes_new_take(contents, length);
    PopplerDocument *document = poppler_document_new_from_bytes(bytes, NULL, &error);
    if (document == NULL) {
        fprintf(stderr, "poppler_floor: %s\n", error->message);
        return 65;
    }
    unsigned long glyphs = 0;
    int pages = poppler_document_get_n_pages(document);
    for (int i = 0; i < pages; i++) {
        PopplerPage *page = poppler_document_get_page(document, i);
        double width, height;
        poppler_page_get_size(page, &width, &height);
        char *text = poppler_page_get_text(page);
        PopplerRectangle *rectangles = NULL;
        guint count = 0;
        poppler_page_get_text_layout(page, &rectangles, &count);
        glyphs += count;
        GList *attributes = poppler_page_get_text_attributes(page);
        GList *links = poppler_page_get_link_mapping(page);
        GList *images = poppler_page_get_image_mapping(page);
        poppler_page_free_image_mapping(images);
        poppler_page_free_link_mapping(links);
        poppler_page_free_text_attributes(attributes);
        g_free(rectangles);
        g_free(text);
        g_object_unref(page);
    }
    g_object_unref(document);
    g_bytes_unref(bytes);
    printf("%d pages, %lu glyphs\n", pages, glyphs);
    return 0;
}
