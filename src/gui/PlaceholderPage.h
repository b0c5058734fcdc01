#pragma once

#include "gui/Pages.h"

#include <QWidget>

class QLabel;

namespace Berth {
class Project;
}

namespace Berth::Gui {

// A page that is not built yet: its header, what it will do, and the facts Berth already
// knows about the open project that belong to it. Replaced page by page as features land.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(PageId page, QWidget *parent = nullptr);

    [[nodiscard]] PageId page() const { return m_page; }
    // `project` may be null (no project open). Not owned; only read during the call.
    void setProject(const Project *project);

private:
    PageId m_page;
    QLabel *m_facts = nullptr;
};

} // namespace Berth::Gui
