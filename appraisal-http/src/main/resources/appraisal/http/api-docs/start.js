// Starts Swagger UI on the API's own document. A file of its own, not inline: the security policy allows no inline script.
window.addEventListener('DOMContentLoaded', function () {
  SwaggerUIBundle({ url: '/api/v1/openapi.yaml', dom_id: '#ui' });
});
