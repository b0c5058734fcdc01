#pragma once

#include "core/CommandMatcher.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QListWidget;
class QLabel;

namespace Berth::Gui {

// Ctrl+K: everything the window can do in one filterable list — pages, operations, the
// project's aliases, recent projects. Type to filter (CommandMatcher ranks), Up/Down to choose,
// Enter to run, Escape to close. Keyboard only; the list and the field have accessible names.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString title;
        QString category; // shown beside the title, and matched like its keywords
        QString keywords;
        std::function<void()> run;
    };

    explicit CommandPalette(QList<Entry> entries, QWidget *parent = nullptr);

    // The titles shown now, in order (tests, and what a screen reader reads).
    [[nodiscard]] QStringList shownTitles() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter();
    void runCurrent();

    QList<Entry> m_entries;
    CommandMatcher m_matcher;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Berth::Gui
