#pragma once

#include "core/backup/BackupCatalog.h"
#include "core/backup/VerificationRecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace Berth::Gui {

// The backups of the Backups page, one row per object (newest first as given). Sorting goes
// through SortRole (raw numbers and times), filtering through the proxy's filter on Database.
class BackupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Database, TimeLocal, TimeUtc, Size, Age, Encrypted, Verified, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, KeyRole, SetupRole };

    struct Row
    {
        Backup::BackupEntry entry;
        int setup = 0; // index into the page's discovered setups
    };

    explicit BackupTableModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows, QHash<QString, Backup::Verification> verified,
                 const QDateTime &now);
    [[nodiscard]] const Row &row(int index) const { return m_rows.at(index); }
    [[nodiscard]] int indexOfKey(const QString &key) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // "3 h", "2 d": the short age shown in the table.
    [[nodiscard]] static QString shortAge(qint64 seconds);
    [[nodiscard]] static QString sizeText(qint64 bytes);

private:
    QList<Row> m_rows;
    QHash<QString, Backup::Verification> m_verified; // by database
    QDateTime m_now;
};

} // namespace Berth::Gui
