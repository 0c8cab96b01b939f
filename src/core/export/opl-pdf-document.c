/* opl-pdf-document.c: a paginated A4 document laid out with pango, drawn with cairo.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Blocks are laid out (wrapped) when they are added, at the width they get; pagination
 * then places them on pages as drawing operations (a run of lines of a layout, a rule,
 * a filled box), and drawing replays a page's operations with its header and footer.
 * Everything is in points, from the top left corner of the page.
 */

#define G_LOG_DOMAIN "opl-pdf-document"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "opl-pdf-document.h"

/* Page geometry, in points. */
#define MARGIN_LEFT   56.7
#define MARGIN_RIGHT  56.7
#define MARGIN_TOP    72.0
#define MARGIN_BOTTOM 68.0
#define HEADER_BASE   40.0   /* the header's text sits above this line */
#define FOOTER_TOP    (OPL_PDF_PAGE_HEIGHT - 48.0)
#define CONTENT_WIDTH (OPL_PDF_PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT)
#define BODY_BOTTOM   (OPL_PDF_PAGE_HEIGHT - MARGIN_BOTTOM)

#define CELL_PAD_X    5.0
#define CELL_PAD_Y    3.5
#define NOTICE_PAD    9.0
#define FACT_LABEL_WIDTH 0.30

/* A document font, then what most systems have. */
#define FONT_FAMILY "Noto Sans, Cantarell, Nimbus Sans, Liberation Sans, DejaVu Sans, sans-serif"

/* Colours, as 0xRRGGBB. */
#define COLOR_TEXT    0x241f31
#define COLOR_DIM     0x5e5c64
#define COLOR_ACCENT  0x1a5fb4
#define COLOR_RULE    0xc0bfbc
#define COLOR_LIGHT   0xdeddda
#define COLOR_HEADER  0xf0efed
#define COLOR_NOTICE  0xe8f0fb

typedef struct
{
  const char *font;
  double      size;
  guint       color;
  double      line_spacing;
} TextStyle;

enum {
  TS_TITLE,
  TS_SUBTITLE,
  TS_HEADING,
  TS_SUBHEADING,
  TS_BODY,
  TS_STRONG,
  TS_SMALL,
  TS_DIM,
  TS_NOTICE,
  TS_TABLE_HEADER,
  TS_CELL,
  TS_FACT_LABEL,
  TS_PAGE,
  N_TEXT_STYLES,
};

static const TextStyle text_styles[N_TEXT_STYLES] = {
  [TS_TITLE] =        { "Bold",   19.0, COLOR_TEXT,  1.1 },
  [TS_SUBTITLE] =     { "",       11.0, COLOR_DIM,   1.2 },
  [TS_HEADING] =      { "Bold",   13.0, COLOR_ACCENT, 1.15 },
  [TS_SUBHEADING] =   { "Bold",   10.5, COLOR_TEXT,  1.15 },
  [TS_BODY] =         { "",        9.5, COLOR_TEXT,  1.25 },
  [TS_STRONG] =       { "Bold",    9.5, COLOR_TEXT,  1.25 },
  [TS_SMALL] =        { "",        8.5, COLOR_TEXT,  1.2 },
  [TS_DIM] =          { "",        8.5, COLOR_DIM,   1.2 },
  [TS_NOTICE] =       { "",        9.5, COLOR_TEXT,  1.25 },
  [TS_TABLE_HEADER] = { "Bold",    8.0, COLOR_DIM,   1.15 },
  [TS_CELL] =         { "",        9.0, COLOR_TEXT,  1.2 },
  [TS_FACT_LABEL] =   { "",        9.0, COLOR_DIM,   1.2 },
  [TS_PAGE] =         { "",        7.5, COLOR_DIM,   1.0 },
};

/* A wrapped text and where its lines are, relative to its top. Never changed once
 * laid out: the same text in the same style and width is shared (create_text ()). */
typedef struct
{
  int          ref_count;
  PangoLayout *layout;
  guint        color;
  guint        n_lines;
  double      *line_x;      /* the line's start, for a centred or right-aligned text */
  double      *line_top;
  double      *line_bottom;
  double      *baseline;
} Text;

typedef struct
{
  Text   **cells;
  double  *x;            /* each cell's left edge; a cell may span columns */
  guint    n_cells;
  gboolean joined;       /* the details of the row before: no rule between them */
} Row;

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_PARAGRAPH,
  BLOCK_NOTICE,
  BLOCK_FACTS,
  BLOCK_TABLE,
  BLOCK_SPACE,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct
{
  BlockKind  kind;
  Text      *text;        /* title, headings, paragraphs */
  Text      *subtitle;    /* the title's */
  double     space;       /* a space block's height */
  guint      n_columns;   /* facts and tables */
  double    *x;           /* each column's left edge */
  double    *widths;      /* each column's width */
  Row       *header;      /* (nullable) a table's header row */
  GPtrArray *rows;        /* Row */
} Block;

typedef enum
{
  OP_TEXT,
  OP_RULE,
  OP_FILL,
} OpKind;

/* One thing drawn on a page: lines @first to @last (exclusive) of @text with line
 * @first's top at (@x, @y); or a rule from (@x, @y) to (@x2, @y2); or a box. */
typedef struct
{
  OpKind  kind;
  Text   *text;
  guint   first;
  guint   last;
  double  x;
  double  y;
  double  x2;
  double  y2;
  double  width;
  guint   color;
} Op;

struct _OplPdfDocument
{
  GObject       parent_instance;

  char         *title;
  char         *file_name;
  char         *header_left;
  char         *header_right;
  char         *footer_left;
  char         *author;
  char         *subject;
  GDateTime    *created;

  PangoContext *context;
  GPtrArray    *blocks;       /* Block */
  Block        *table;        /* the table being filled, borrowed from blocks */
  GPtrArray    *pages;        /* GArray of Op; NULL until paginated */
};

G_DEFINE_FINAL_TYPE (OplPdfDocument, opl_pdf_document, G_TYPE_OBJECT)

/* Text */

static void
set_source_color (cairo_t *cr,
                  guint    color)
{
  cairo_set_source_rgb (cr,
                        ((color >> 16) & 0xff) / 255.0,
                        ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

static Text *
text_ref (Text *text)
{
  g_atomic_int_inc (&text->ref_count);
  return text;
}

static void
text_unref (Text *text)
{
  if (text == NULL || !g_atomic_int_dec_and_test (&text->ref_count))
    return;

  g_clear_object (&text->layout);
  g_free (text->line_x);
  g_free (text->line_top);
  g_free (text->line_bottom);
  g_free (text->baseline);
  g_free (text);
}

static double
text_get_height (const Text *text)
{
  return text->n_lines > 0 ? text->line_bottom[text->n_lines - 1] : 0.0;
}

/* The height of lines @first to @last (exclusive). */
static double
text_get_lines_height (const Text *text,
                       guint       first,
                       guint       last)
{
  if (first >= last)
    return 0.0;

  return text->line_bottom[last - 1] - text->line_top[first];
}

static void
measure_text (Text *text)
{
  PangoLayoutIter *iter = pango_layout_get_iter (text->layout);
  guint i = 0;

  text->n_lines = pango_layout_get_line_count (text->layout);
  text->line_x = g_new0 (double, text->n_lines);
  text->line_top = g_new0 (double, text->n_lines);
  text->line_bottom = g_new0 (double, text->n_lines);
  text->baseline = g_new0 (double, text->n_lines);

  do
    {
      PangoRectangle logical;
      int y0, y1;

      if (i >= text->n_lines)
        break;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      text->line_x[i] = pango_units_to_double (logical.x);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      text->line_top[i] = pango_units_to_double (y0);
      text->line_bottom[i] = pango_units_to_double (y1);
      text->baseline[i] = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      i++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

/* Lays out @str (text, or Pango markup) in @style, @width wide. Invalid UTF-8 is
 * repaired and invalid markup shown as its text, so no data can break a page. */
static Text *
layout_text (OplPdfDocument *self,
             int             style,
             const char     *str,
             gboolean        is_markup,
             double          width,
             PangoAlignment  alignment)
{
  const TextStyle *ts = &text_styles[style];
  g_autofree char *valid = g_utf8_make_valid (str != NULL ? str : "", -1);
  g_autofree char *plain = NULL;
  PangoAttrList *attrs = NULL;
  PangoFontDescription *desc;
  Text *text = g_new0 (Text, 1);
  g_autofree char *font = g_strdup_printf ("%s %s %g", FONT_FAMILY, ts->font, ts->size);

  text->ref_count = 1;
  text->color = ts->color;
  text->layout = pango_layout_new (self->context);

  desc = pango_font_description_from_string (font);
  pango_layout_set_font_description (text->layout, desc);
  pango_font_description_free (desc);

  pango_layout_set_width (text->layout, pango_units_from_double (MAX (width, 1.0)));
  pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (text->layout, alignment);
  pango_layout_set_line_spacing (text->layout, ts->line_spacing);

  if (is_markup && !pango_parse_markup (valid, -1, 0, &attrs, &plain, NULL, NULL))
    {
      g_debug ("Invalid markup in a document, shown as text: %s", valid);
      attrs = NULL;
    }
  if (attrs == NULL)
    attrs = pango_attr_list_new ();

  /* A word broken over two lines gets no hyphen: a name or a code must stay as it is. */
  pango_attr_list_insert_before (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_text (text->layout, plain != NULL ? plain : valid, -1);
  pango_layout_set_attributes (text->layout, attrs);
  pango_attr_list_unref (attrs);

  measure_text (text);
  return text;
}

/* The texts laid out with a font map, shared by its documents: an export lays out the
 * same words again and again (a form's items and their answers, the scale's labels,
 * the page headers), 85 % of its texts at 10 years of history (issue 19). A font map
 * is used by one thread at a time (opl_pdf_document_new_for_font_map ()), and so is
 * its cache. */
#define TEXT_CACHE_SIZE 4096

static GQuark
text_cache_quark (void)
{
  return g_quark_from_static_string ("opl-pdf-document-texts");
}

static Text *
create_text (OplPdfDocument *self,
             int             style,
             const char     *str,
             gboolean        is_markup,
             double          width,
             PangoAlignment  alignment)
{
  GObject *font_map = G_OBJECT (pango_context_get_font_map (self->context));
  GHashTable *cache = g_object_get_qdata (font_map, text_cache_quark ());
  g_autofree char *key = NULL;
  Text *text;

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) text_unref);
      g_object_set_qdata_full (font_map, text_cache_quark (), cache, (GDestroyNotify) g_hash_table_unref);
    }

  key = g_strdup_printf ("%d %d %a %d %s", style, is_markup, width, (int) alignment, str != NULL ? str : "");
  text = g_hash_table_lookup (cache, key);
  if (text == NULL)
    {
      /* A bound on what a long session (the window's exports) keeps. */
      if (g_hash_table_size (cache) >= TEXT_CACHE_SIZE)
        g_hash_table_remove_all (cache);
      text = layout_text (self, style, str, is_markup, width, alignment);
      g_hash_table_insert (cache, g_steal_pointer (&key), text_ref (text));
    }
  else
    {
      text_ref (text);
    }

  return text;
}

/* Blocks */

static void
row_free (Row *row)
{
  if (row == NULL)
    return;

  for (guint i = 0; i < row->n_cells; i++)
    text_unref (row->cells[i]);
  g_free (row->cells);
  g_free (row->x);
  g_free (row);
}

static void
block_free (Block *block)
{
  text_unref (block->text);
  text_unref (block->subtitle);
  g_free (block->x);
  g_free (block->widths);
  row_free (block->header);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block);
}

static Block *
append_block (OplPdfDocument *self,
              BlockKind       kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  return block;
}

static void
set_columns (Block        *block,
             guint         n_columns,
             const double *widths)
{
  double total = 0.0, x = MARGIN_LEFT;

  block->n_columns = n_columns;
  block->x = g_new0 (double, n_columns);
  block->widths = g_new0 (double, n_columns);

  for (guint i = 0; i < n_columns; i++)
    total += widths != NULL ? widths[i] : 1.0;

  for (guint i = 0; i < n_columns; i++)
    {
      block->x[i] = x;
      block->widths[i] = CONTENT_WIDTH * (widths != NULL ? widths[i] : 1.0) / total;
      x += block->widths[i];
    }
}

static Row *
create_row (OplPdfDocument  *self,
            Block           *block,
            int              style,
            const char     **cells,
            gboolean         is_markup)
{
  Row *row = g_new0 (Row, 1);

  row->n_cells = block->n_columns;
  row->cells = g_new0 (Text *, row->n_cells);
  row->x = g_memdup2 (block->x, sizeof (double) * block->n_columns);
  for (guint i = 0; i < row->n_cells; i++)
    {
      int cell_style = style;

      if (block->kind == BLOCK_FACTS && i == 0)
        cell_style = TS_FACT_LABEL;
      row->cells[i] = create_text (self, cell_style, cells[i], is_markup,
                                   block->widths[i] - 2 * CELL_PAD_X, PANGO_ALIGN_LEFT);
    }

  return row;
}

static double
row_get_height (const Row *row)
{
  double height = 0.0;

  for (guint i = 0; i < row->n_cells; i++)
    height = MAX (height, text_get_height (row->cells[i]));

  return height + 2 * CELL_PAD_Y;
}

/* Pagination */

typedef struct
{
  OplPdfDocument *self;
  GArray         *ops;   /* the page being filled */
  double          y;
} Cursor;

static void
cursor_new_page (Cursor *cursor)
{
  cursor->ops = g_array_new (FALSE, TRUE, sizeof (Op));
  g_ptr_array_add (cursor->self->pages, cursor->ops);
  cursor->y = MARGIN_TOP;
}

static gboolean
cursor_at_top (const Cursor *cursor)
{
  return cursor->y <= MARGIN_TOP + 0.01;
}

static double
cursor_get_room (const Cursor *cursor)
{
  return BODY_BOTTOM - cursor->y;
}

static void
add_text_op (Cursor *cursor,
             Text   *text,
             guint   first,
             guint   last,
             double  x,
             double  y)
{
  Op op = { OP_TEXT, text, first, last, x, y, 0, 0, 0, text->color };

  g_array_append_val (cursor->ops, op);
}

static void
add_rule_op (Cursor *cursor,
             double  x,
             double  y,
             double  x2,
             double  width,
             guint   color)
{
  Op op = { OP_RULE, NULL, 0, 0, x, y, x2, y, width, color };

  g_array_append_val (cursor->ops, op);
}

static void
add_fill_op (Cursor *cursor,
             double  x,
             double  y,
             double  x2,
             double  y2,
             guint   color)
{
  Op op = { OP_FILL, NULL, 0, 0, x, y, x2, y2, 0, color };

  g_array_append_val (cursor->ops, op);
}

/* How many lines of @text from @first fit in @room. */
static guint
count_fitting_lines (const Text *text,
                     guint       first,
                     double      room)
{
  guint n = 0;

  while (first + n < text->n_lines && text_get_lines_height (text, first, first + n + 1) <= room + 0.01)
    n++;

  return n;
}

/* Places @text at the cursor, running onto as many pages as it needs. */
static void
flow_text (Cursor *cursor,
           Text   *text,
           double  x)
{
  guint line = 0;

  while (line < text->n_lines)
    {
      guint n = count_fitting_lines (text, line, cursor_get_room (cursor));

      /* Keep a paragraph's first two lines together when it has more. */
      if (line == 0 && n == 1 && text->n_lines > 2 && !cursor_at_top (cursor))
        n = 0;

      if (n == 0 && !cursor_at_top (cursor))
        {
          cursor_new_page (cursor);
          continue;
        }

      /* A single line taller than a page cannot be split: it gets a page of its own. */
      n = MAX (n, 1);
      add_text_op (cursor, text, line, line + n, x, cursor->y);
      cursor->y += text_get_lines_height (text, line, line + n);
      line += n;

      if (line < text->n_lines)
        cursor_new_page (cursor);
    }
}

/* Places @text whole: on the next page when it does not fit here. */
static void
place_text_whole (Cursor *cursor,
                  Text   *text,
                  double  x)
{
  double height = text_get_height (text);

  if (height > cursor_get_room (cursor) && !cursor_at_top (cursor))
    cursor_new_page (cursor);
  if (height > cursor_get_room (cursor))
    {
      flow_text (cursor, text, x);
      return;
    }

  add_text_op (cursor, text, 0, text->n_lines, x, cursor->y);
  cursor->y += height;
}

static double
table_header_height (const Block *block)
{
  return block->header != NULL ? row_get_height (block->header) : 0.0;
}

/* What a heading must have below it on its page: the start of the next block. */
static double
first_unit_height (const Block *block)
{
  if (block == NULL)
    return 0.0;

  switch (block->kind)
    {
    case BLOCK_PARAGRAPH:
      return text_get_lines_height (block->text, 0, MIN (block->text->n_lines, 2));
    case BLOCK_NOTICE:
      return text_get_height (block->text) + 2 * NOTICE_PAD;
    case BLOCK_FACTS:
    case BLOCK_TABLE:
      if (block->rows->len == 0)
        return table_header_height (block);
      return table_header_height (block) + MIN (row_get_height (g_ptr_array_index (block->rows, 0)), 60.0);
    case BLOCK_HEADING:
    case BLOCK_SUBHEADING:
    case BLOCK_TITLE:
      return text_get_height (block->text);
    case BLOCK_SPACE:
    case BLOCK_PAGE_BREAK:
    default:
      return 0.0;
    }
}

static void
draw_row_fragment (Cursor      *cursor,
                   const Block *block,
                   const Row   *row,
                   const guint *first,
                   const guint *last,
                   double       height,
                   gboolean     is_header,
                   gboolean     rule_below)
{
  double right = MARGIN_LEFT + CONTENT_WIDTH;

  if (is_header)
    add_fill_op (cursor, MARGIN_LEFT, cursor->y, right, cursor->y + height, COLOR_HEADER);

  for (guint i = 0; i < row->n_cells; i++)
    {
      if (first[i] < last[i])
        add_text_op (cursor, row->cells[i], first[i], last[i], row->x[i] + CELL_PAD_X, cursor->y + CELL_PAD_Y);
    }

  if (block->kind == BLOCK_TABLE && rule_below)
    add_rule_op (cursor, MARGIN_LEFT, cursor->y + height, right, is_header ? 0.8 : 0.4,
                 is_header ? COLOR_RULE : COLOR_LIGHT);
  cursor->y += height;
}

static void
place_header (Cursor      *cursor,
              const Block *block)
{
  g_autofree guint *first = NULL;
  g_autofree guint *last = NULL;

  if (block->header == NULL)
    return;

  first = g_new0 (guint, block->header->n_cells);
  last = g_new0 (guint, block->header->n_cells);
  for (guint i = 0; i < block->header->n_cells; i++)
    last[i] = block->header->cells[i]->n_lines;

  draw_row_fragment (cursor, block, block->header, first, last, row_get_height (block->header), TRUE, TRUE);
}

static void
table_new_page (Cursor      *cursor,
                const Block *block)
{
  cursor_new_page (cursor);
  place_header (cursor, block);
}

/* Places a row; one taller than the room left is split between its lines, and its
 * rest continues under the repeated header on the next page. */
static void
place_row (Cursor      *cursor,
           const Block *block,
           const Row   *row,
           gboolean     rule_below)
{
  g_autofree guint *first = g_new0 (guint, row->n_cells);
  g_autofree guint *last = g_new0 (guint, row->n_cells);
  double full_room = BODY_BOTTOM - MARGIN_TOP - table_header_height (block);
  gboolean done = FALSE;

  /* A row that fits on a fresh page is not split. */
  if (row_get_height (row) > cursor_get_room (cursor) && row_get_height (row) <= full_room)
    table_new_page (cursor, block);

  while (!done)
    {
      double room = cursor_get_room (cursor) - 2 * CELL_PAD_Y;
      double height = 0.0;
      gboolean progress = FALSE;

      done = TRUE;
      for (guint i = 0; i < row->n_cells; i++)
        {
          Text *cell = row->cells[i];
          guint n = count_fitting_lines (cell, first[i], room);

          last[i] = first[i] + n;
          if (n > 0)
            progress = TRUE;
          if (last[i] < cell->n_lines)
            done = FALSE;
          height = MAX (height, text_get_lines_height (cell, first[i], last[i]));
        }

      if (!progress)
        {
          /* Nothing fits here: go on on the next page (at a page's top, force a line). */
          if (cursor->y > MARGIN_TOP + table_header_height (block) + 0.01)
            {
              table_new_page (cursor, block);
              done = FALSE;
              continue;
            }
          for (guint i = 0; i < row->n_cells; i++)
            if (first[i] < row->cells[i]->n_lines)
              {
                last[i] = first[i] + 1;
                height = MAX (height, text_get_lines_height (row->cells[i], first[i], last[i]));
              }
        }

      draw_row_fragment (cursor, block, row, first, last, height + 2 * CELL_PAD_Y, FALSE, rule_below);

      for (guint i = 0; i < row->n_cells; i++)
        {
          first[i] = last[i];
          if (first[i] < row->cells[i]->n_lines)
            done = FALSE;
        }
      if (!done)
        table_new_page (cursor, block);
    }
}

static void
place_table (Cursor      *cursor,
             const Block *block)
{
  if (first_unit_height (block) > cursor_get_room (cursor) && !cursor_at_top (cursor))
    cursor_new_page (cursor);

  place_header (cursor, block);
  for (guint i = 0; i < block->rows->len; i++)
    {
      const Row *row = g_ptr_array_index (block->rows, i);
      const Row *next = i + 1 < block->rows->len ? g_ptr_array_index (block->rows, i + 1) : NULL;
      gboolean has_details = next != NULL && next->joined;

      /* A row and its details go on one page when they fit on one. */
      if (has_details)
        {
          double both = row_get_height (row) + row_get_height (next);

          if (both > cursor_get_room (cursor) && both <= BODY_BOTTOM - MARGIN_TOP - table_header_height (block))
            table_new_page (cursor, block);
        }

      place_row (cursor, block, row, !has_details);
    }
}

static void
place_notice (Cursor *cursor,
              Block  *block)
{
  double height = text_get_height (block->text) + 2 * NOTICE_PAD;

  if (height > cursor_get_room (cursor) && !cursor_at_top (cursor) && height <= BODY_BOTTOM - MARGIN_TOP)
    cursor_new_page (cursor);
  if (height > cursor_get_room (cursor))
    {
      /* Taller than a page: as plain text. */
      flow_text (cursor, block->text, MARGIN_LEFT);
      return;
    }

  add_fill_op (cursor, MARGIN_LEFT, cursor->y, MARGIN_LEFT + CONTENT_WIDTH, cursor->y + height, COLOR_NOTICE);
  add_fill_op (cursor, MARGIN_LEFT, cursor->y, MARGIN_LEFT + 2.5, cursor->y + height, COLOR_ACCENT);
  add_text_op (cursor, block->text, 0, block->text->n_lines, MARGIN_LEFT + NOTICE_PAD + 2.5,
               cursor->y + NOTICE_PAD);
  cursor->y += height;
}

static void
place_heading (Cursor      *cursor,
               Block       *block,
               const Block *next,
               double       space_before,
               double       space_after)
{
  double needed = space_before + text_get_height (block->text) + space_after + first_unit_height (next);

  if (needed > cursor_get_room (cursor) && !cursor_at_top (cursor))
    cursor_new_page (cursor);
  if (!cursor_at_top (cursor))
    cursor->y += space_before;

  place_text_whole (cursor, block->text, MARGIN_LEFT);
  cursor->y += space_after;
}

static void
place_title (Cursor *cursor,
             Block  *block)
{
  double height = text_get_height (block->text) + 14.0;

  if (block->subtitle != NULL)
    height += 4.0 + text_get_height (block->subtitle);
  if (height > cursor_get_room (cursor) && !cursor_at_top (cursor))
    cursor_new_page (cursor);

  place_text_whole (cursor, block->text, MARGIN_LEFT);
  if (block->subtitle != NULL)
    {
      cursor->y += 4.0;
      place_text_whole (cursor, block->subtitle, MARGIN_LEFT);
    }
  cursor->y += 8.0;
  add_rule_op (cursor, MARGIN_LEFT, cursor->y, MARGIN_LEFT + CONTENT_WIDTH, 1.5, COLOR_ACCENT);
  cursor->y += 14.0;
}

static void
place_block (Cursor      *cursor,
             Block       *block,
             const Block *next)
{
  switch (block->kind)
    {
    case BLOCK_TITLE:
      place_title (cursor, block);
      break;
    case BLOCK_HEADING:
      place_heading (cursor, block, next, 14.0, 6.0);
      break;
    case BLOCK_SUBHEADING:
      place_heading (cursor, block, next, 9.0, 4.0);
      break;
    case BLOCK_PARAGRAPH:
      flow_text (cursor, block->text, MARGIN_LEFT);
      cursor->y += 6.0;
      break;
    case BLOCK_NOTICE:
      place_notice (cursor, block);
      cursor->y += 10.0;
      break;
    case BLOCK_FACTS:
    case BLOCK_TABLE:
      place_table (cursor, block);
      cursor->y += 8.0;
      break;
    case BLOCK_SPACE:
      if (!cursor_at_top (cursor))
        cursor->y = MIN (cursor->y + block->space, BODY_BOTTOM);
      break;
    case BLOCK_PAGE_BREAK:
      if (!cursor_at_top (cursor))
        cursor_new_page (cursor);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
ensure_paginated (OplPdfDocument *self)
{
  Cursor cursor = { self, NULL, 0.0 };

  if (self->pages != NULL)
    return;

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  cursor_new_page (&cursor);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      const Block *next = i + 1 < self->blocks->len ? g_ptr_array_index (self->blocks, i + 1) : NULL;

      place_block (&cursor, block, next);
    }

  /* A page break at the very end leaves no empty page behind. */
  if (self->pages->len > 1 && cursor.ops->len == 0)
    g_ptr_array_remove_index (self->pages, self->pages->len - 1);
}

/* Drawing */

static void
draw_text_lines (cairo_t    *cr,
                 const Text *text,
                 guint       first,
                 guint       last,
                 double      x,
                 double      y)
{
  set_source_color (cr, text->color);
  for (guint i = first; i < last; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (text->layout, i);

      cairo_move_to (cr, x + text->line_x[i], y + text->baseline[i] - text->line_top[first]);
      pango_cairo_show_layout_line (cr, line);
    }
}

static void
draw_op (cairo_t  *cr,
         const Op *op)
{
  switch (op->kind)
    {
    case OP_TEXT:
      draw_text_lines (cr, op->text, op->first, op->last, op->x, op->y);
      break;
    case OP_RULE:
      set_source_color (cr, op->color);
      cairo_set_line_width (cr, op->width);
      cairo_move_to (cr, op->x, op->y);
      cairo_line_to (cr, op->x2, op->y2);
      cairo_stroke (cr);
      break;
    case OP_FILL:
      set_source_color (cr, op->color);
      cairo_rectangle (cr, op->x, op->y, op->x2 - op->x, op->y2 - op->y);
      cairo_fill (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
draw_page_text (OplPdfDocument *self,
                cairo_t        *cr,
                const char     *str,
                double          y,
                double          width,
                PangoAlignment  alignment,
                gboolean        at_bottom)
{
  Text *text;

  if (str == NULL || *str == '\0')
    return;

  text = create_text (self, TS_PAGE, str, FALSE, width, alignment);
  /* Only the first line: a header never grows into the page. */
  draw_text_lines (cr, text, 0, 1,
                   alignment == PANGO_ALIGN_RIGHT ? MARGIN_LEFT + CONTENT_WIDTH - width : MARGIN_LEFT,
                   at_bottom ? y : y - text_get_lines_height (text, 0, 1));
  text_unref (text);
}

static void
draw_header_and_footer (OplPdfDocument *self,
                        cairo_t        *cr,
                        guint           page)
{
  g_autofree char *page_label = NULL;
  double half = CONTENT_WIDTH / 2 - 6.0;

  draw_page_text (self, cr, self->header_left, HEADER_BASE - 4.0, half, PANGO_ALIGN_LEFT, FALSE);
  draw_page_text (self, cr, self->header_right, HEADER_BASE - 4.0, half, PANGO_ALIGN_RIGHT, FALSE);
  set_source_color (cr, COLOR_LIGHT);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_LEFT, HEADER_BASE);
  cairo_line_to (cr, MARGIN_LEFT + CONTENT_WIDTH, HEADER_BASE);
  cairo_stroke (cr);

  cairo_move_to (cr, MARGIN_LEFT, FOOTER_TOP);
  cairo_line_to (cr, MARGIN_LEFT + CONTENT_WIDTH, FOOTER_TOP);
  cairo_stroke (cr);

  /* Translators: in the footer of every page of an exported PDF: “Page 2 of 5” */
  page_label = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  draw_page_text (self, cr, self->footer_left, FOOTER_TOP + 5.0, CONTENT_WIDTH - 90.0, PANGO_ALIGN_LEFT, TRUE);
  draw_page_text (self, cr, page_label, FOOTER_TOP + 5.0, 84.0, PANGO_ALIGN_RIGHT, TRUE);
}

/* GObject */

static void
opl_pdf_document_finalize (GObject *object)
{
  OplPdfDocument *self = (OplPdfDocument *)object;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->header_left, g_free);
  g_clear_pointer (&self->header_right, g_free);
  g_clear_pointer (&self->footer_left, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->subject, g_free);

  G_OBJECT_CLASS (opl_pdf_document_parent_class)->finalize (object);
}

static void
opl_pdf_document_class_init (OplPdfDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_pdf_document_finalize;
}

static void
opl_pdf_document_init (OplPdfDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
}

static void
create_context (OplPdfDocument *self,
                PangoFontMap   *font_map)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  self->context = pango_font_map_create_context (font_map);

  /* Unhinted metrics in points: the same layout on paper, in a PDF and on screen. */
  pango_cairo_context_set_resolution (self->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  /* The documents are Dutch (data) with labels in the user's language. */
  pango_context_set_language (self->context, pango_language_from_string ("nl"));
}

/* Public API */

/**
 * opl_pdf_document_new:
 * @title: the document's title, for its metadata and its header
 *
 * Returns: (transfer full): an empty document
 */
OplPdfDocument *
opl_pdf_document_new (const char *title)
{
  return opl_pdf_document_new_for_font_map (title, NULL);
}

/**
 * opl_pdf_document_new_for_font_map:
 * @font_map: (nullable): a pango cairo font map; %NULL for the calling thread's default
 *
 * A document laid out with its own font map: one made with pango_cairo_font_map_new()
 * lets a worker thread lay out a document that the main thread draws later (never
 * both at once).
 *
 * Returns: (transfer full): an empty document
 */
OplPdfDocument *
opl_pdf_document_new_for_font_map (const char   *title,
                                   PangoFontMap *font_map)
{
  OplPdfDocument *self;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (font_map == NULL || PANGO_IS_FONT_MAP (font_map), NULL);

  self = g_object_new (OPL_TYPE_PDF_DOCUMENT, NULL);
  self->title = g_utf8_make_valid (title, -1);
  create_context (self, font_map != NULL ? font_map : pango_cairo_font_map_get_default ());
  return self;
}

const char *
opl_pdf_document_get_title (OplPdfDocument *self)
{
  g_return_val_if_fail (OPL_IS_PDF_DOCUMENT (self), NULL);

  return self->title;
}

/**
 * opl_pdf_document_get_file_name:
 *
 * Returns: (nullable): the name the document is written under in a bundle
 */
const char *
opl_pdf_document_get_file_name (OplPdfDocument *self)
{
  g_return_val_if_fail (OPL_IS_PDF_DOCUMENT (self), NULL);

  return self->file_name;
}

void
opl_pdf_document_set_file_name (OplPdfDocument *self,
                                const char     *file_name)
{
  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));

  g_free (self->file_name);
  self->file_name = g_strdup (file_name);
}

/**
 * opl_pdf_document_set_header:
 * @left: (nullable): the text at the top left of every page
 * @right: (nullable): the text at the top right of every page
 *
 * Each is one line; what is longer than half the page is cut at the line's end.
 */
void
opl_pdf_document_set_header (OplPdfDocument *self,
                             const char     *left,
                             const char     *right)
{
  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));

  g_free (self->header_left);
  self->header_left = g_strdup (left);
  g_free (self->header_right);
  self->header_right = g_strdup (right);
}

/**
 * opl_pdf_document_set_footer:
 * @left: (nullable): the text at the bottom left of every page; the bottom right says
 *   “Page x of y”
 */
void
opl_pdf_document_set_footer (OplPdfDocument *self,
                             const char     *left)
{
  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));

  g_free (self->footer_left);
  self->footer_left = g_strdup (left);
}

/**
 * opl_pdf_document_set_metadata:
 * @author: (nullable): who made it
 * @subject: (nullable): what it is about
 * @created: (nullable): when it was made (the PDF's creation date); now when %NULL
 */
void
opl_pdf_document_set_metadata (OplPdfDocument *self,
                               const char     *author,
                               const char     *subject,
                               GDateTime      *created)
{
  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));

  g_free (self->author);
  self->author = g_strdup (author);
  g_free (self->subject);
  self->subject = g_strdup (subject);
  g_clear_pointer (&self->created, g_date_time_unref);
  self->created = created != NULL ? g_date_time_ref (created) : NULL;
}

/**
 * opl_pdf_document_add_title:
 * @subtitle: (nullable): a line below the title
 *
 * The document's title block, with a rule below it.
 */
void
opl_pdf_document_add_title (OplPdfDocument *self,
                            const char     *title,
                            const char     *subtitle)
{
  Block *block;

  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));
  g_return_if_fail (title != NULL);

  opl_pdf_document_end_table (self);
  block = append_block (self, BLOCK_TITLE);
  block->text = create_text (self, TS_TITLE, title, FALSE, CONTENT_WIDTH, PANGO_ALIGN_LEFT);
  if (subtitle != NULL)
    block->subtitle = create_text (self, TS_SUBTITLE, subtitle, FALSE, CONTENT_WIDTH, PANGO_ALIGN_LEFT);
}

/**
 * opl_pdf_document_add_heading:
 *
 * A section's heading; it stays on the page of what follows it.
 */
void
opl_pdf_document_add_heading (OplPdfDocument *self,
                              const char     *text)
{
  Block *block;

  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));

  opl_pdf_document_end_table (self);
  block = append_block (self, BLOCK_HEADING);
  block->text = create_text (self, TS_HEADING, text, FALSE, CONTENT_WIDTH, PANGO_ALIGN_LEFT);
}

/**
 * opl_pdf_document_add_subheading:
 *
 * A heading within a section; it stays on the page of what follows it.
 */
void
opl_pdf_document_add_subheading (OplPdfDocument *self,
                                 const char     *text)
{
  Block *block;

  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));

  opl_pdf_document_end_table (self);
  block = append_block (self, BLOCK_SUBHEADING);
  block->text = create_text (self, TS_SUBHEADING, text, FALSE, CONTENT_WIDTH, PANGO_ALIGN_LEFT);
}

static void
add_paragraph (OplPdfDocument *self,
               OplPdfStyle     style,
               const char     *str,
               gboolean        is_markup)
{
  static const int styles[] = {
    [OPL_PDF_STYLE_BODY] = TS_BODY,
    [OPL_PDF_STYLE_STRONG] = TS_STRONG,
    [OPL_PDF_STYLE_SMALL] = TS_SMALL,
    [OPL_PDF_STYLE_DIM] = TS_DIM,
    [OPL_PDF_STYLE_NOTICE] = TS_NOTICE,
  };
  Block *block;
  double width = CONTENT_WIDTH;

  g_return_if_fail (style <= OPL_PDF_STYLE_NOTICE);

  opl_pdf_document_end_table (self);
  if (style == OPL_PDF_STYLE_NOTICE)
    width -= 2 * NOTICE_PAD + 2.5;
  block = append_block (self, style == OPL_PDF_STYLE_NOTICE ? BLOCK_NOTICE : BLOCK_PARAGRAPH);
  block->text = create_text (self, styles[style], str, is_markup, width, PANGO_ALIGN_LEFT);
}

/**
 * opl_pdf_document_add_paragraph:
 * @text: the text (not markup); a newline starts a new line
 *
 * Running text, wrapped and split over pages as needed.
 */
void
opl_pdf_document_add_paragraph (OplPdfDocument *self,
                                OplPdfStyle     style,
                                const char     *text)
{
  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));

  add_paragraph (self, style, text, FALSE);
}

/**
 * opl_pdf_document_add_paragraph_markup:
 * @markup: Pango markup; put data in it with g_markup_printf_escaped()
 */
void
opl_pdf_document_add_paragraph_markup (OplPdfDocument *self,
                                       OplPdfStyle     style,
                                       const char     *markup)
{
  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));

  add_paragraph (self, style, markup, TRUE);
}

/**
 * opl_pdf_document_add_fact:
 * @label: what it is (“Aios”)
 * @value: (nullable): its value, as text
 *
 * One line of a block of facts, label on the left and value on the right; facts added
 * one after the other form one block.
 */
void
opl_pdf_document_add_fact (OplPdfDocument *self,
                           const char     *label,
                           const char     *value)
{
  static const double widths[] = { FACT_LABEL_WIDTH, 1.0 - FACT_LABEL_WIDTH };
  const char *cells[2] = { label, value != NULL ? value : "" };
  Block *block;

  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));
  g_return_if_fail (label != NULL);

  opl_pdf_document_end_table (self);
  block = self->blocks->len > 0 ? g_ptr_array_index (self->blocks, self->blocks->len - 1) : NULL;
  if (block == NULL || block->kind != BLOCK_FACTS)
    {
      block = append_block (self, BLOCK_FACTS);
      set_columns (block, 2, widths);
      block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
    }

  g_ptr_array_add (block->rows, create_row (self, block, TS_CELL, cells, FALSE));
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/**
 * opl_pdf_document_add_space:
 *
 * Vertical space (none at the top of a page).
 */
void
opl_pdf_document_add_space (OplPdfDocument *self,
                            double          points)
{
  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));

  opl_pdf_document_end_table (self);
  append_block (self, BLOCK_SPACE)->space = MAX (points, 0.0);
}

/**
 * opl_pdf_document_add_page_break:
 *
 * What follows starts on a new page (unless the page is still empty).
 */
void
opl_pdf_document_add_page_break (OplPdfDocument *self)
{
  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));

  opl_pdf_document_end_table (self);
  append_block (self, BLOCK_PAGE_BREAK);
}

/**
 * opl_pdf_document_begin_table:
 * @n_columns: at least 1
 * @headers: (nullable) (array length=n_columns): the column titles, repeated at the
 *   top of every page the table runs onto; %NULL for a table without them
 * @widths: (nullable) (array length=n_columns): the columns' relative widths; equal
 *   when %NULL
 *
 * Starts a table; add its rows, then end it with opl_pdf_document_end_table() (adding
 * any other block ends it too).
 */
void
opl_pdf_document_begin_table (OplPdfDocument  *self,
                              guint            n_columns,
                              const char     **headers,
                              const double    *widths)
{
  Block *block;

  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));
  g_return_if_fail (n_columns > 0);

  opl_pdf_document_end_table (self);
  block = append_block (self, BLOCK_TABLE);
  set_columns (block, n_columns, widths);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  if (headers != NULL)
    block->header = create_row (self, block, TS_TABLE_HEADER, headers, FALSE);
  self->table = block;
}

static void
add_row (OplPdfDocument  *self,
         const char     **cells,
         gboolean         is_markup)
{
  g_return_if_fail (self->table != NULL);

  g_ptr_array_add (self->table->rows, create_row (self, self->table, TS_CELL, cells, is_markup));
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/**
 * opl_pdf_document_add_row:
 * @cells: (array): one text per column (%NULL for an empty cell)
 *
 * A row of the open table. A row stays on one page when it fits on one.
 */
void
opl_pdf_document_add_row (OplPdfDocument  *self,
                          const char     **cells)
{
  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));
  g_return_if_fail (cells != NULL);

  add_row (self, cells, FALSE);
}

/**
 * opl_pdf_document_add_row_markup:
 * @cells: (array): Pango markup per column (%NULL for an empty cell)
 */
void
opl_pdf_document_add_row_markup (OplPdfDocument  *self,
                                 const char     **cells)
{
  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));
  g_return_if_fail (cells != NULL);

  add_row (self, cells, TRUE);
}

/**
 * opl_pdf_document_add_row_spans:
 * @first_column: the column the first cell starts in (the ones before stay empty)
 * @n_cells: how many cells follow
 * @cells: (array length=n_cells): Pango markup per cell (%NULL for an empty cell)
 * @spans: (nullable) (array length=n_cells): how many columns each cell takes; the
 *   last cell takes the rest of the row. %NULL: one each.
 *
 * A row of the open table whose cells may span columns: a long answer beside its
 * question, or the details under the row before it.
 */
void
opl_pdf_document_add_row_spans (OplPdfDocument  *self,
                                guint            first_column,
                                guint            n_cells,
                                const char     **cells,
                                const guint     *spans)
{
  Block *table;
  Row *row;
  guint column;

  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));
  g_return_if_fail (self->table != NULL);
  g_return_if_fail (n_cells > 0 && first_column + n_cells <= self->table->n_columns);

  table = self->table;
  row = g_new0 (Row, 1);
  row->n_cells = n_cells;
  row->cells = g_new0 (Text *, n_cells);
  row->x = g_new0 (double, n_cells);

  column = first_column;
  for (guint i = 0; i < n_cells; i++)
    {
      guint span = spans != NULL ? MAX (spans[i], 1) : 1;
      guint end = i + 1 == n_cells ? table->n_columns : MIN (column + span, table->n_columns);
      double right = end < table->n_columns ? table->x[end] : MARGIN_LEFT + CONTENT_WIDTH;

      row->x[i] = table->x[column];
      row->cells[i] = create_text (self, TS_CELL, cells[i], TRUE, right - row->x[i] - 2 * CELL_PAD_X,
                                   PANGO_ALIGN_LEFT);
      column = MIN (end, table->n_columns - 1);
    }

  g_ptr_array_add (table->rows, row);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/**
 * opl_pdf_document_add_details_row:
 * @first_column: the column the details start in
 * @markup: Pango markup
 *
 * The details of the row before (its notes, its feedback): one cell from
 * @first_column to the end, with no rule between it and that row, and on the same
 * page when both fit on one.
 */
void
opl_pdf_document_add_details_row (OplPdfDocument *self,
                                  guint           first_column,
                                  const char     *markup)
{
  const char *cells[] = { markup };
  Row *row;

  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));
  g_return_if_fail (self->table != NULL && self->table->rows->len > 0);

  opl_pdf_document_add_row_spans (self, first_column, 1, cells, NULL);
  row = g_ptr_array_index (self->table->rows, self->table->rows->len - 1);
  row->joined = TRUE;
}

/**
 * opl_pdf_document_end_table:
 *
 * Ends the open table, if there is one.
 */
void
opl_pdf_document_end_table (OplPdfDocument *self)
{
  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));

  self->table = NULL;
}

/**
 * opl_pdf_document_paginate:
 *
 * Places the blocks on pages (done once, and again after a change).
 *
 * Returns: the number of pages, at least 1
 */
guint
opl_pdf_document_paginate (OplPdfDocument *self)
{
  g_return_val_if_fail (OPL_IS_PDF_DOCUMENT (self), 0);

  ensure_paginated (self);
  return self->pages->len;
}

guint
opl_pdf_document_get_n_pages (OplPdfDocument *self)
{
  return opl_pdf_document_paginate (self);
}

/**
 * opl_pdf_document_draw_page:
 * @cr: a cairo context whose user space is the A4 page in points, origin at its top
 *   left corner (scale it for a preview)
 * @page: the page, from 0
 *
 * Draws one page with its header and footer. The page's background is not painted.
 */
void
opl_pdf_document_draw_page (OplPdfDocument *self,
                            cairo_t        *cr,
                            guint           page)
{
  GArray *ops;

  g_return_if_fail (OPL_IS_PDF_DOCUMENT (self));
  g_return_if_fail (cr != NULL);

  ensure_paginated (self);
  g_return_if_fail (page < self->pages->len);

  ops = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  for (guint i = 0; i < ops->len; i++)
    draw_op (cr, &g_array_index (ops, Op, i));
  draw_header_and_footer (self, cr, page);
  cairo_restore (cr);
}

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  WriteClosure *write = closure;

  if (write->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (write->stream, data, length, NULL, write->cancellable, &write->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static void
set_pdf_metadata (OplPdfDocument  *self,
                  cairo_surface_t *surface)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* cairo takes YYYY-MM-DDThh:mm:ss with a zone, no fraction of a second. */
  g_autofree char *created = g_date_time_format (self->created != NULL ? self->created : now, "%Y-%m-%dT%H:%M:%S%:z");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  if (self->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Opleidingspraktijk " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

/**
 * opl_pdf_document_write:
 * @stream: where the PDF goes; it is not closed
 *
 * Writes the document as a PDF (A4, fonts embedded).
 *
 * Returns: whether it was written; %FALSE with @error when the stream failed
 */
gboolean
opl_pdf_document_write (OplPdfDocument  *self,
                        GOutputStream   *stream,
                        GCancellable    *cancellable,
                        GError         **error)
{
  WriteClosure closure = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (OPL_IS_PDF_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ensure_paginated (self);

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &closure,
                                                 OPL_PDF_PAGE_WIDTH, OPL_PDF_PAGE_HEIGHT);
  set_pdf_metadata (self, surface);
  cr = cairo_create (surface);

  for (guint page = 0; page < self->pages->len && closure.error == NULL; page++)
    {
      opl_pdf_document_draw_page (self, cr, page);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (closure.error != NULL)
    {
      g_propagate_error (error, closure.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Translators: %s is cairo's reason, in English */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not make the PDF: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * opl_pdf_document_to_bytes:
 *
 * Returns: (transfer full): the PDF, or %NULL with @error
 */
GBytes *
opl_pdf_document_to_bytes (OplPdfDocument  *self,
                           GError         **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  g_return_val_if_fail (OPL_IS_PDF_DOCUMENT (self), NULL);

  if (!opl_pdf_document_write (self, stream, NULL, error) ||
      !g_output_stream_close (stream, NULL, error))
    return NULL;

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

/**
 * opl_pdf_document_write_file:
 *
 * Writes the PDF to @file, replacing it; on a failure the file is left as it was.
 */
gboolean
opl_pdf_document_write_file (OplPdfDocument  *self,
                             GFile           *file,
                             GCancellable    *cancellable,
                             GError         **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GOutputStream) buffered = NULL;

  g_return_val_if_fail (OPL_IS_PDF_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* For its owner only (0600), like the rest of an export. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION | G_FILE_CREATE_PRIVATE, cancellable,
                           error);
  if (stream == NULL)
    return FALSE;

  /* cairo hands over a PDF in pieces of a few bytes to a few kB: unbuffered, that was
   * a write(2) each, 50,000 for the PDFs of an opleidingsjaar (issue 19). */
  buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (stream), 64 * 1024);
  if (!opl_pdf_document_write (self, buffered, cancellable, error))
    {
      /* Closing after a cancel leaves the old file in place (the buffer is dropped). */
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
      return FALSE;
    }

  /* Closes the file too. */
  return g_output_stream_close (buffered, cancellable, error);
}
