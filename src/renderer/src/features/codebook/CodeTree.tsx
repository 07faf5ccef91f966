/**
 * The codebook as a tree. Drag a code onto another to nest it, onto the top strip to un-nest
 * it. Native HTML5 drag and drop: rows are the only drop targets and nothing needs sorting
 * animations, so a library (dnd-kit) would add weight without adding anything here; the
 * keyboard way is the parent picker in the code's panel.
 */
import { Badge, Group, Kbd, Text, UnstyledButton } from '@mantine/core'
import { IconGripVertical } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CodeRow } from '../../../../shared/contract/codes'
import classes from './Codebook.module.css'
import { canNest, treeRows } from './tree'

interface Props {
  codes: CodeRow[]
  selected: number | null
  onSelect(id: number): void
  onMove(id: number, parentId: number | null): void
}

const TYPE = 'application/x-needle-code'

export function CodeTree({ codes, selected, onSelect, onMove }: Props) {
  const { t } = useTranslation()
  const [dragging, setDragging] = useState<number | null>(null)
  const [over, setOver] = useState<number | 'top' | null>(null)
  const drop = (parentId: number | null) => (e: React.DragEvent) => {
    e.preventDefault()
    const id = Number(e.dataTransfer.getData(TYPE))
    setOver(null)
    setDragging(null)
    if (id && id !== parentId && canNest(codes, id, parentId)) onMove(id, parentId)
  }
  const allow = (target: number | 'top', parentId: number | null) => (e: React.DragEvent) => {
    if (dragging == null || !canNest(codes, dragging, parentId) || dragging === parentId) return
    e.preventDefault()
    setOver(target)
  }
  return (
    <div role="tree" aria-label={t('codebook.tree')} data-testid="code-tree">
      <div
        className={classes.topDrop}
        data-over={over === 'top' || undefined}
        hidden={dragging == null}
        onDragOver={allow('top', null)}
        onDragLeave={() => setOver(null)}
        onDrop={drop(null)}
      >
        {t('codebook.dropTop')}
      </div>
      {treeRows(codes).map(({ code, depth }) => (
        <UnstyledButton
          key={code.id}
          role="treeitem"
          aria-level={depth + 1}
          aria-selected={selected === code.id}
          className={classes.row}
          data-selected={selected === code.id || undefined}
          data-over={over === code.id || undefined}
          style={{ paddingInlineStart: 8 + depth * 18 }}
          draggable
          onDragStart={(e) => {
            e.dataTransfer.setData(TYPE, String(code.id))
            e.dataTransfer.effectAllowed = 'move'
            setDragging(code.id)
          }}
          onDragEnd={() => {
            setDragging(null)
            setOver(null)
          }}
          onDragOver={allow(code.id, code.id)}
          onDragLeave={() => setOver(null)}
          onDrop={drop(code.id)}
          onClick={() => onSelect(code.id)}
          data-testid={`code-row-${code.id}`}
        >
          <Group gap={6} wrap="nowrap">
            <IconGripVertical size={14} className={classes.grip} />
            <span className={classes.swatch} style={{ background: code.color }} />
            <Text size="sm" truncate style={{ flex: 1 }} dir="auto">
              {code.name}
            </Text>
            {code.pin != null ? <Kbd size="xs">{code.pin}</Kbd> : null}
            <Badge size="xs" variant="light" color="gray">
              {t(`coding.kinds.${code.kind}`)}
            </Badge>
            <Text size="xs" c="dimmed" w={28} ta="end">
              {code.count}
            </Text>
          </Group>
        </UnstyledButton>
      ))}
    </div>
  )
}
