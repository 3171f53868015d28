"""The admin area of the back office: users and PINs, tills, store settings (with the logo and
the identity-number key export), household categories, label layouts. Every change goes through a service
that checks the role."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from charitymart.ui.office.admin.backups_page import BackupsPage
from charitymart.ui.office.admin.categories_page import CategoriesPage
from charitymart.ui.office.admin.data_page import DataPage
from charitymart.ui.office.admin.label_layouts_page import LabelLayoutsPage
from charitymart.ui.office.admin.settings import SettingsPage
from charitymart.ui.office.admin.tills import TillsPage
from charitymart.ui.office.admin.users import UsersPage
from charitymart.ui.office.context import OfficeContext


def pages(context: OfficeContext) -> list[QWidget]:
    return [UsersPage(context), TillsPage(context), SettingsPage(context), CategoriesPage(context),
            LabelLayoutsPage(context), DataPage(context), BackupsPage(context)]
