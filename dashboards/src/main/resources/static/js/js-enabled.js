// Marks the page as having JavaScript (GOV.UK Frontend's convention), from a file: the pages' Content-Security-Policy
// allows no inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
