from django.urls import path

from search.api import click_api, search_api, suggest_api
from search.views import coverage_page, search_page

urlpatterns = [
    path("search/", search_page, name="search"),
    path("coverage/", coverage_page, name="coverage"),
    path("api/search/", search_api, name="search_api"),
    path("api/search/suggest/", suggest_api, name="search_suggest_api"),
    path("api/search/click/", click_api, name="search_click_api"),
]
