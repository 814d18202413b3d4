from django.urls import path

from method import views

app_name = "method"

urlpatterns = [
    path("", views.index, name="index"),
    path("spaces/new/", views.space_create, name="space_create"),
    path("spaces/<int:pk>/", views.space_detail, name="space"),
    path("assessments/<int:pk>/", views.answer, name="answer"),
    path("assessments/<int:pk>/result/", views.result, name="result"),
    path("assessments/<int:pk>/requirements/", views.requirements, name="requirements"),
    path("assessments/<int:pk>/rfi/", views.rfi, name="rfi"),
    path("assessments/<int:pk>/evaluations/new/", views.evaluation_create, name="evaluation_create"),
    path("evaluations/<int:pk>/", views.evaluation_detail, name="evaluation"),
    path("evaluations/<int:pk>/score/", views.evaluation_score, name="evaluation_score"),
    path("evaluations/<int:pk>/report/", views.evaluation_report, name="evaluation_report"),
]
