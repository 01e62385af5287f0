export const USAGE = `Usage: eventline render INPUT [options]

Renders dated events to an SVG (or PNG) timeline, or to an HTML story page:
the timeline, then a card for each event, in one self-contained file.

  INPUT                  a JSON or CSV file, or - to read standard input

Options:
  -o, --output FILE      write to FILE (default, or -: standard output)
  -f, --format svg|png|html
                         output format (default: from FILE's extension,
                         .svg, .png or .html; else svg); a FILE with another
                         extension needs it; a PNG goes to standard output
                         only when it is not a terminal
      --scale N          PNG pixels per SVG px, e.g. 2 for high-density
                         screens (default 1, at most 10)
      --width N          width in px (default 960)
      --height N         minimum height in px (grows to fit the labels)
      --locale L         language for dates and titles, e.g. en, ar, fr
      --dir ltr|rtl      direction (default: the language's)
      --orientation horizontal|vertical
      --title T          heading (default: the input's title)
      --theme light|dark|high-contrast|print|auto
                         (a PNG is light unless --theme dark)
      --today DATE|now   a "today" line at an EDTF date, e.g. 2024-06-19;
                         now reads the clock (the output then changes daily)
      --no-lanes         draw every event together, ignoring lanes
      --no-legend        leave the category legend out
      --from json|csv|timelinejs|vis
                         input format (default: detected from the content)
      --max-input-size N read at most N bytes of input, e.g. 256M or 1G
                         (default 64M); larger input is refused
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 done, 1 the input has problems (each is listed on stderr),
2 the command line is wrong, 69 a package the render needs is missing,
73 the output file cannot be written.
On failure no output file is written and an existing one is left as it was.`;
