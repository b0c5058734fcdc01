#include "gui/Pages.h"

#include <QPainter>
#include <QPixmap>

namespace Berth::Gui {

QList<PageId> Pages::all()
{
    return {PageId::Config,   PageId::Secrets, PageId::Deploy,
            PageId::Releases, PageId::Servers, PageId::Backups};
}

QString Pages::title(PageId page)
{
    switch (page) {
    case PageId::Config: return tr("Config");
    case PageId::Secrets: return tr("Secrets");
    case PageId::Deploy: return tr("Deploy");
    case PageId::Releases: return tr("Releases");
    case PageId::Servers: return tr("Servers");
    case PageId::Backups: return tr("Backups");
    }
    return {};
}

QString Pages::purpose(PageId page)
{
    switch (page) {
    case PageId::Config:
        return tr("Edit config/deploy.yml and its destinations through forms, with Kamal's own "
                  "validation.");
    case PageId::Secrets:
        return tr("Keep passwords and keys in the system keychain instead of a .env file.");
    case PageId::Deploy:
        return tr("See the plan, deploy, and follow every step on every host as it happens.");
    case PageId::Releases:
        return tr("The versions kept on your servers, which one is live, and one-click rollback.");
    case PageId::Servers:
        return tr("Your hosts, their containers, logs, accessories and the deploy lock.");
    case PageId::Backups:
        return tr("Browse, take, verify and restore the encrypted Postgres backups in your "
                  "bucket.");
    }
    return {};
}

QIcon Pages::icon(PageId page)
{
    return QIcon(QStringLiteral(":/icons/page-%1.svg").arg(key(page)));
}

QIcon Pages::listIcon(PageId page, const QColor &selectedColor)
{
    // The coloured icons vanish on a saturated selection highlight: in the Selected mode the
    // icon's shape is drawn in the highlighted-text colour instead.
    QIcon icon = Pages::icon(page);
    for (const int size : {24, 48}) {
        QPixmap tinted = icon.pixmap(size, size);
        QPainter painter(&tinted);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(tinted.rect(), selectedColor);
        painter.end();
        icon.addPixmap(tinted, QIcon::Selected);
    }
    return icon;
}

QIcon Pages::withAttentionBadge(const QIcon &icon)
{
    QIcon badged;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Selected}) {
        for (const int size : {24, 48}) {
            QPixmap pixmap = icon.pixmap(QSize(size, size), mode);
            const QSizeF area = pixmap.deviceIndependentSize();
            const qreal diameter = area.width() * 0.5;
            const QRectF disc(area.width() - diameter, area.height() - diameter, diameter,
                              diameter);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            // Fixed colours: readable on light and dark sidebars and on the selection.
            painter.setPen(QPen(QColor(0xff, 0xff, 0xff), diameter * 0.08));
            painter.setBrush(QColor(0xd9, 0x48, 0x0f));
            painter.drawEllipse(disc.adjusted(0.5, 0.5, -0.5, -0.5));
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(qRound(diameter * 0.8));
            painter.setFont(font);
            painter.setPen(QColor(0xff, 0xff, 0xff));
            painter.drawText(disc, Qt::AlignCenter, QStringLiteral("!"));
            painter.end();
            badged.addPixmap(pixmap, mode);
        }
    }
    return badged;
}

QString Pages::key(PageId page)
{
    switch (page) {
    case PageId::Config: return QStringLiteral("config");
    case PageId::Secrets: return QStringLiteral("secrets");
    case PageId::Deploy: return QStringLiteral("deploy");
    case PageId::Releases: return QStringLiteral("releases");
    case PageId::Servers: return QStringLiteral("servers");
    case PageId::Backups: return QStringLiteral("backups");
    }
    return {};
}

std::optional<PageId> Pages::fromKey(const QString &key)
{
    for (const PageId page : all()) {
        if (Pages::key(page).compare(key, Qt::CaseInsensitive) == 0)
            return page;
    }
    return std::nullopt;
}

} // namespace Berth::Gui
