// Starts GOV.UK Frontend's components (skip link, header, service navigation, details, tabs...). A file, not an inline
// script: the pages' Content-Security-Policy allows scripts from this site only.
import { initAll } from '../govuk/govuk-frontend.min.js';

initAll();
