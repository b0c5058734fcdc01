#include "gui/CollectionEditors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

bool isDeleteKey(QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<QKeyEvent *>(event)->key();
    return key == Qt::Key_Delete || key == Qt::Key_Backspace;
}

} // namespace

KeyValueEditor::KeyValueEditor(const QString &name, const QString &keyHeader,
                               const QString &valueHeader, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 2, this);
    m_table->setAccessibleName(name);
    m_table->setHorizontalHeaderLabels({keyHeader, valueHeader});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    m_newKey = new QLineEdit(this);
    m_newKey->setAccessibleName(tr("New %1").arg(keyHeader));
    m_newValue = new QLineEdit(this);
    m_newValue->setAccessibleName(tr("New %1").arg(valueHeader));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setAccessibleName(tr("Add to %1").arg(name));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setAccessibleName(tr("Remove from %1").arg(name));
    m_remove->setEnabled(false);
    row->addWidget(m_newKey, 1);
    row->addWidget(m_newValue, 2);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, &KeyValueEditor::add);
    connect(m_newValue, &QLineEdit::returnPressed, this, &KeyValueEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &KeyValueEditor::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_table->currentRow() >= 0 && m_add->isEnabled()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != 1)
            return;
        const QTableWidgetItem *key = m_table->item(item->row(), 0);
        if (key)
            Q_EMIT valueEdited(key->text(), item->text());
    });
}

void KeyValueEditor::setEntries(const QList<std::pair<QString, QString>> &entries,
                                const QStringList &computedKeys)
{
    m_filling = true;
    const int selected = m_table->currentRow();
    m_table->setRowCount(0);
    for (const auto &[key, value] : entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *keyItem = new QTableWidgetItem(key);
        keyItem->setFlags(keyItem->flags() & ~Qt::ItemIsEditable);
        auto *valueItem = new QTableWidgetItem(value);
        if (computedKeys.contains(key)) {
            valueItem->setFlags(valueItem->flags() & ~Qt::ItemIsEditable);
            valueItem->setToolTip(tr("Computed by an ERB tag; change it in the YAML view"));
            valueItem->setForeground(palette().brush(QPalette::PlaceholderText));
        }
        m_table->setItem(row, 0, keyItem);
        m_table->setItem(row, 1, valueItem);
    }
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    m_filling = false;
}

void KeyValueEditor::setUnavailable(const QString &reason)
{
    const bool available = reason.isEmpty();
    for (QWidget *widget : {static_cast<QWidget *>(m_newKey), static_cast<QWidget *>(m_newValue),
                            static_cast<QWidget *>(m_add)})
        widget->setEnabled(available);
    m_remove->setEnabled(available && m_table->currentRow() >= 0);
    m_table->setEditTriggers(available ? QAbstractItemView::DoubleClicked
                                     | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed
                                       : QAbstractItemView::NoEditTriggers);
    setToolTip(reason);
}

void KeyValueEditor::setPlaceholders(const QString &key, const QString &value)
{
    m_newKey->setPlaceholderText(key);
    m_newValue->setPlaceholderText(value);
}

void KeyValueEditor::add()
{
    const QString key = m_newKey->text().trimmed();
    if (key.isEmpty()) {
        m_newKey->setFocus();
        return;
    }
    Q_EMIT entryAdded(key, m_newValue->text());
}

void KeyValueEditor::clearInput()
{
    m_newKey->clear();
    m_newValue->clear();
    m_newKey->setFocus();
}

void KeyValueEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_add->isEnabled())
        return;
    if (const QTableWidgetItem *key = m_table->item(row, 0))
        Q_EMIT entryRemoved(key->text());
}

bool KeyValueEditor::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is being edited its editor has the focus, so these keys edit text there.
    if (watched == m_table && isDeleteKey(event)) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

ListEditor::ListEditor(const QString &name, const QString &placeholder, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(name);
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    m_newItem = new QLineEdit(this);
    m_newItem->setPlaceholderText(placeholder);
    m_newItem->setAccessibleName(tr("New item for %1").arg(name));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setAccessibleName(tr("Add to %1").arg(name));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setAccessibleName(tr("Remove from %1").arg(name));
    m_remove->setEnabled(false);
    row->addWidget(m_newItem, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addLayout(row);
    connect(m_add, &QPushButton::clicked, this, &ListEditor::add);
    connect(m_newItem, &QLineEdit::returnPressed, this, &ListEditor::add);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_list->currentItem();
        if (item && (item->flags() & Qt::ItemIsSelectable) && m_add->isEnabled())
            Q_EMIT itemRemoved(m_list->currentRow());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int current) {
        const QListWidgetItem *item = m_list->item(current);
        m_remove->setEnabled(item && (item->flags() & Qt::ItemIsSelectable) && m_add->isEnabled());
    });
}

void ListEditor::setItems(const QStringList &items)
{
    const int selected = m_list->currentRow();
    m_list->clear();
    m_list->addItems(items);
    if (items.isEmpty() && !m_defaultNote.isEmpty()) {
        auto *note = new QListWidgetItem(m_defaultNote, m_list);
        note->setFlags(Qt::NoItemFlags);
    }
    if (selected >= 0 && selected < items.size())
        m_list->setCurrentRow(selected);
}

void ListEditor::setUnavailable(const QString &reason)
{
    const bool available = reason.isEmpty();
    m_newItem->setEnabled(available);
    m_add->setEnabled(available);
    m_remove->setEnabled(available && m_list->currentRow() >= 0);
    setToolTip(reason);
}

void ListEditor::setDefaultNote(const QString &note)
{
    m_defaultNote = note;
}

void ListEditor::add()
{
    const QString text = m_newItem->text().trimmed();
    if (text.isEmpty())
        return;
    Q_EMIT itemAdded(text);
}

bool ListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && isDeleteKey(event)) {
        m_remove->click();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Berth::Gui
