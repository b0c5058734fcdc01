#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <utility>

class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Berth::Gui {

// A YAML map of names to values (env, labels, options, builder args, aliases) as a table:
// values are edited in place, entries added below and removed with a button or Delete. It
// only reports what the user asked for; the page turns that into edits of the file.
class KeyValueEditor : public QWidget
{
    Q_OBJECT

public:
    // `name` labels the table for screen readers; the headers name the two columns.
    KeyValueEditor(const QString &name, const QString &keyHeader, const QString &valueHeader,
                   QWidget *parent = nullptr);

    // Shows `entries`; a value marked computed (ERB) is shown but cannot be edited here.
    void setEntries(const QList<std::pair<QString, QString>> &entries,
                    const QStringList &computedKeys = {});
    // Disables adding and editing, saying why (e.g. a role written as a plain host list).
    void setUnavailable(const QString &reason);
    void setPlaceholders(const QString &key, const QString &value);
    // Empties the inputs for the next entry (after the page accepted the one added).
    void clearInput();

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLineEdit *newKeyEdit() const { return m_newKey; }
    [[nodiscard]] QLineEdit *newValueEdit() const { return m_newValue; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void valueEdited(const QString &key, const QString &value);
    void entryAdded(const QString &key, const QString &value);
    void entryRemoved(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void add();
    void removeSelected();

    QTableWidget *m_table = nullptr;
    QLineEdit *m_newKey = nullptr;
    QLineEdit *m_newValue = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_filling = false;
};

// A YAML list of strings (hosts, secret names, keys, headers) with add and remove.
class ListEditor : public QWidget
{
    Q_OBJECT

public:
    ListEditor(const QString &name, const QString &placeholder, QWidget *parent = nullptr);

    void setItems(const QStringList &items);
    void setUnavailable(const QString &reason);
    // Shown in grey while the list is empty: what Kamal uses when the key is not set.
    void setDefaultNote(const QString &note);

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLineEdit *newItemEdit() const { return m_newItem; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void itemAdded(const QString &text);
    void itemRemoved(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void add();

    QListWidget *m_list = nullptr;
    QLineEdit *m_newItem = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_defaultNote;
};

} // namespace Berth::Gui
