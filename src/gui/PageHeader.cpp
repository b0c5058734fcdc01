#include "gui/PageHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Berth::Gui {

PageHeader::PageHeader(const QIcon &icon, const QString &title, const QString &purpose,
                       QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(40, 40));
    iconLabel->setAccessibleName(title);
    layout->addWidget(iconLabel, 0, Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAccessibleName(title);
    text->addWidget(titleLabel);

    auto *purposeLabel = new QLabel(purpose, this);
    purposeLabel->setObjectName(QStringLiteral("pagePurpose"));
    purposeLabel->setWordWrap(true);
    text->addWidget(purposeLabel);
    layout->addLayout(text, 1);
}

} // namespace Berth::Gui
