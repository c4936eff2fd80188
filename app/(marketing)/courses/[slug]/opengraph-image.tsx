import { ImageResponse } from "next/og";
import { getDb } from "@/db";
import { formatDuration, formatPrice, levelLabel } from "@/lib/catalog/format";
import { getPublishedCourse } from "@/lib/catalog/get-course";

export const alt = "Course on Microcred";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// A share card per course, drawn on demand from the course's own data.
export default async function CourseOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const course = await getPublishedCourse(await getDb(), (await params).slug);
  const title = course?.title ?? "Microcred";
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#312e81", color: "white", padding: 72 }}>
        <div style={{ display: "flex", fontSize: 32, color: "#c7d2fe" }}>{course ? course.provider.name : "Short courses, verifiable credentials"}</div>
        <div style={{ display: "flex", fontSize: title.length > 60 ? 56 : 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ display: "flex", gap: 32, fontSize: 30, color: "#e0e7ff" }}>
          {course ? (
            <>
              <span>{levelLabel[course.level]}</span>
              <span>{formatDuration(course.durationMinutes)}</span>
              <span>{formatPrice(course.priceAmount, course.currency)}</span>
              <span>Open Badges 3.0 credential</span>
            </>
          ) : (
            <span>microcred</span>
          )}
        </div>
      </div>
    ),
    size,
  );
}
