import {
  CalendarCheck,
  EyeOff,
  Gift,
  HandHeart,
  Heart,
  KeyRound,
  Megaphone,
  MessageCircleQuestion,
  StickyNote,
  Tag,
  VolumeX,
  type LucideIcon,
} from 'lucide-react';

const ICONS: Readonly<Record<string, LucideIcon>> = {
  request: MessageCircleQuestion,
  proprietary: KeyRound,
  value: Gift,
  'offer-help': HandHeart,
  appreciation: Heart,
  commitment: CalendarCheck,
  overpromise: Megaphone,
  evasive: EyeOff,
  dismissive: VolumeX,
  note: StickyNote,
};

export function KindIcon({ kind, size = 16 }: { kind: string; size?: number }) {
  const Icon = ICONS[kind] ?? Tag;
  return <Icon size={size} aria-hidden="true" focusable="false" />;
}
