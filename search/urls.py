from django.urls import path

from search.api import search_api, suggest_api
from search.views import search_page

urlpatterns = [
    path("search/", search_page, name="search"),
    path("api/search/", search_api, name="search_api"),
    path("api/search/suggest/", suggest_api, name="search_suggest_api"),
]
