import { videoEmbed } from "@/lib/learning/video-embed";

export function LessonVideo({ url, title }: { url: string | null; title: string }) {
  const embed = videoEmbed(url);
  if (!embed) return null;
  return (
    <div className="aspect-video overflow-hidden rounded-xl bg-black">
      {embed.kind === "iframe" ? (
        <iframe
          src={embed.src}
          title={`Video: ${title}`}
          className="size-full"
          allow="fullscreen; picture-in-picture; encrypted-media"
          referrerPolicy="strict-origin-when-cross-origin"
          loading="lazy"
        />
      ) : (
        <video src={embed.src} controls preload="metadata" className="size-full">
          <track kind="captions" />
        </video>
      )}
    </div>
  );
}
