"""Members' account pages, mounted at /account/ (namespace ``account``)."""

from django.urls import path

from network.views import account

app_name = "account"

urlpatterns = [
    path("", account.account, name="home"),
    path("sign-in/", account.SignInView.as_view(), name="sign_in"),
    path("sign-out/", account.SignOutView.as_view(), name="sign_out"),
    path("verify/", account.verify, name="verify"),
    path("two-factor/", account.enrol, name="enrol"),
    path("two-factor/recovery-codes/", account.recovery_codes, name="recovery_codes"),
]
