#include "gui/CommandPalette.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

constexpr int EntryRole = Qt::UserRole + 1;

} // namespace

CommandPalette::CommandPalette(QList<Entry> entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(std::move(entries))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command Palette"));
    setAccessibleName(tr("Command palette"));
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setAccessibleName(tr("Search commands"));
    m_search->setAccessibleDescription(
        tr("Type to filter; Up and Down choose, Enter runs, Escape closes"));
    m_search->setPlaceholderText(tr("Type a page, an operation, an alias or a project…"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Commands"));
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the field; arrows move the choice
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("paletteCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    for (const Entry &entry : std::as_const(m_entries))
        m_matcher.add({entry.title, entry.category + QLatin1Char(' ') + entry.keywords});
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    filter();
    m_search->setFocus();
}

QStringList CommandPalette::shownTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_list->count(); ++row)
        titles.append(m_list->item(row)->data(Qt::AccessibleTextRole).toString());
    return titles;
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Up, Down, Page Up and Page Down in the field move the choice in the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
        default: break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::filter()
{
    m_list->clear();
    const QList<int> found = m_matcher.match(m_search->text());
    for (const int index : found) {
        const Entry &entry = m_entries.at(index);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1    —  %2").arg(entry.title, entry.category), m_list);
        item->setData(EntryRole, index);
        // Read as "Deploy, operation" rather than with the dash.
        item->setData(Qt::AccessibleTextRole, entry.title);
        item->setData(Qt::AccessibleDescriptionRole, entry.category);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_count->setText(found.isEmpty() ? tr("Nothing matches.")
                                     : tr("%n command(s)", nullptr, int(found.size())));
}

void CommandPalette::runCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const std::function<void()> run = m_entries.at(item->data(EntryRole).toInt()).run;
    accept();
    // After the palette closed: the command may open a dialog or another project.
    if (run)
        QTimer::singleShot(0, parent() ? parent() : QCoreApplication::instance(), run);
}

} // namespace Berth::Gui
