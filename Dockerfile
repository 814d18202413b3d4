FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 DJANGO_SETTINGS_MODULE=portal.settings.production
WORKDIR /app
RUN useradd --create-home --uid 1000 portal
COPY requirements.lock .
RUN pip install --no-cache-dir -r requirements.lock
COPY --chown=portal:portal . .
# collectstatic needs settings that pass the production checks; these values are build-time only.
RUN SECRET_KEY=build-only-$(python -c "import secrets;print(secrets.token_urlsafe(48))") ALLOWED_HOSTS=build REDIS_URL=redis://build \
    python manage.py collectstatic --noinput
USER portal
EXPOSE 8000
CMD ["gunicorn", "portal.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
