// The stylesheet of the pages for paper (print and handout), without reveal.js's own: those pages
// are laid out statically, and leaving its rules out makes them faster to print.
import '../themes/base.css';
import '../themes/official.css';
import '../themes/plain.css';
import '../themes/static.css';
