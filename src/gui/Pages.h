#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

#include <optional>

namespace Berth::Gui {

// The pages of the main window, in sidebar order.
enum class PageId { Config, Secrets, Deploy, Releases, Servers, Backups };

// Titles, one-line purposes and icons of the pages: one place, so the sidebar, the
// View menu and the page headers never disagree.
class Pages
{
    Q_DECLARE_TR_FUNCTIONS(Pages)

public:
    [[nodiscard]] static QList<PageId> all();
    [[nodiscard]] static QString title(PageId page);
    [[nodiscard]] static QString purpose(PageId page);
    [[nodiscard]] static QIcon icon(PageId page);
    // The icon for a list row: as icon(), drawn in `selectedColor` while the row is selected.
    [[nodiscard]] static QIcon listIcon(PageId page, const QColor &selectedColor);
    // `icon` with a warning badge ("!" on an orange disc) in its lower right corner, in every
    // mode: a page that needs attention.
    [[nodiscard]] static QIcon withAttentionBadge(const QIcon &icon);
    // Stable lower-case key ("config", "deploy", …) for the command line and settings.
    [[nodiscard]] static QString key(PageId page);
    [[nodiscard]] static std::optional<PageId> fromKey(const QString &key);
};

} // namespace Berth::Gui
